import { PER_UNIT_COST_FREQUENCIES } from '@openpb/domain/code-lists/cost-frequency';
import type { EventType } from '@openpb/domain/code-lists/event-type';
import { ServiceType, ServiceTypeGroupOf } from '@openpb/domain/code-lists/service-type';
import type { IsoDate } from '@openpb/domain/dates';
import {
  CLD_QUALITY_RULES,
  type CldQualityRuleField,
  WORKING_AGE,
} from '@openpb/domain/reporting/cld-quality-rules';
import { COSTED_COMPONENTS } from '@openpb/domain/rules/cld-cost-completeness';
import { Prisma } from '../client.ts';

/**
 * The CLD data-quality rules of @openpb/domain/reporting/cld-quality-rules in SQL, over a row named
 * `event` with the columns of `cldEventRowsSql` (codes as stored, dates as text). For each rule:
 * when it applies, and when the CLD row's field would be empty (as `cldRow` writes it: a code
 * outside its list is written as it is, so only a missing or blank value is empty).
 */
interface RuleSql {
  readonly applies: Prisma.Sql;
  readonly empty: Prisma.Sql;
}

const always = Prisma.sql`true`;
const isEvent = (type: EventType) => Prisma.sql`event.event_type = ${type}`;
// what String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), so that a value
// is blank here exactly when `cldRow`'s field is empty after `trim()`
const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const BLANK = `^[${JS_WHITESPACE}]*$`;
const isBlank = (column: string) => Prisma.sql`coalesce(${Prisma.raw(column)} ~ ${BLANK}, true)`;
const isNull = (column: string) => Prisma.sql`${Prisma.raw(column)} IS NULL`;
const isServiceUser = Prisma.sql`event.client_type = ${'SERVICE_USER'}`;

const costedServiceTypes = ServiceType.codes.filter(
  (type) => ServiceTypeGroupOf[type] === 'LONG_TERM' || ServiceTypeGroupOf[type] === 'CARER',
);
// `cldCostsRequired`, with the domain's reading of values outside the lists
const costsRequired = Prisma.sql`(
  ${isEvent('SERVICE')}
  AND event.service_type IN (${Prisma.join(ServiceType.codes)})
  AND event.delivery_mechanism IS DISTINCT FROM ${'CASSR_COMMISSIONED_SUPPORT'}
  AND (event.service_type IN (${Prisma.join(costedServiceTypes)})
       OR event.service_component IN (${Prisma.join(COSTED_COMPONENTS)})))`;

const mandatory = (empty: Prisma.Sql): RuleSql => ({ applies: always, empty });

function rulesSql(periodEnd: IsoDate): { readonly [F in CldQualityRuleField]: RuleSql } {
  return {
    LA_Code: mandatory(isBlank('event.la_code')),
    LA_Person_Unique_Identifier: mandatory(isBlank('event.la_person_id')),
    NHS_Number: mandatory(isBlank('event.nhs_number')),
    Gender: mandatory(isBlank('event.gender')),
    Ethnicity: mandatory(isBlank('event.ethnicity')),
    Date_of_Birth: mandatory(isNull('event.birth_date')),
    Client_Type: mandatory(isBlank('event.client_type')),
    Postcode: mandatory(isBlank('event.postcode')),
    Accommodation_Status: mandatory(isBlank('event.accommodation_status')),
    Has_Unpaid_Carer: mandatory(isNull('event.has_unpaid_carer')),
    Primary_Support_Reason: {
      applies: Prisma.sql`event.event_type <> ${'REQUEST'}`,
      empty: isBlank('event.primary_support_reason'),
    },
    Employment_Status: {
      applies: Prisma.sql`event.event_type <> ${'REQUEST'} AND ${isServiceUser}
        AND event.primary_support_reason = ${'LEARNING_DISABILITY'}
        AND extract(year FROM age(${periodEnd}::date, event.birth_date::date))
            BETWEEN ${WORKING_AGE.from}::int AND ${WORKING_AGE.to}::int`,
      empty: isBlank('event.employment_status'),
    },
    Client_Funding_Status: {
      applies: Prisma.sql`${isServiceUser} AND event.event_type IN (${'SERVICE'}, ${'REVIEW'})`,
      empty: isBlank('event.client_funding_status'),
    },
    Event_Start_Date: {
      applies: Prisma.sql`event.client_type IS DISTINCT FROM ${'CARER_KNOWN_BY_ASSOCIATION'}`,
      empty: isNull('event.start_date'),
    },
    Event_End_Date: {
      applies: Prisma.sql`(event.event_type <> ${'SERVICE'} OR event.death_date IS NOT NULL)`,
      empty: isNull('event.end_date'),
    },
    // a service's outcome is derived from its dates, so it is never empty
    Event_Outcome: mandatory(
      Prisma.sql`event.event_type <> ${'SERVICE'} AND ${isBlank('event.outcome')}`,
    ),
    Request_Route_of_Access: {
      applies: isEvent('REQUEST'),
      empty: isBlank('event.route_of_access'),
    },
    Assessment_Type: { applies: isEvent('ASSESSMENT'), empty: isBlank('event.assessment_type') },
    Method_of_Assessment: {
      applies: Prisma.sql`${isEvent('ASSESSMENT')}
        AND event.assessment_type IS DISTINCT FROM ${'FINANCIAL'}`,
      empty: isBlank('event.method_of_assessment'),
    },
    Service_Type: { applies: isEvent('SERVICE'), empty: isBlank('event.service_type') },
    Service_Component: { applies: isEvent('SERVICE'), empty: isBlank('event.service_component') },
    Review_Reason: { applies: isEvent('REVIEW'), empty: isBlank('event.review_reason') },
    Method_of_Review: { applies: isEvent('REVIEW'), empty: isBlank('event.method_of_review') },
    Review_Outcomes_Achieved: {
      applies: Prisma.sql`${isEvent('REVIEW')} AND event.review_reason = ${'PLANNED'}`,
      empty: isBlank('event.review_outcomes'),
    },
    Unit_Cost: { applies: costsRequired, empty: isNull('event.unit_cost_pence') },
    Cost_Frequency_Unit_Type: { applies: costsRequired, empty: isBlank('event.cost_frequency') },
    Planned_units_per_week: {
      applies: Prisma.sql`${costsRequired}
        AND event.cost_frequency IN (${Prisma.join(PER_UNIT_COST_FREQUENCIES)})`,
      empty: isNull('event.planned_units_hundredths'),
    },
  };
}

/**
 * `int[]`: the positions in `CLD_QUALITY_RULES` of the rules the row `event` breaks, in rule
 * order (empty when it breaks none), for a submission whose period ends on `periodEnd`.
 */
export function brokenCldRulesSql(periodEnd: IsoDate): Prisma.Sql {
  const sql = rulesSql(periodEnd);
  const checks = CLD_QUALITY_RULES.map(({ field }, position) => {
    const rule = sql[field];
    return Prisma.sql`CASE WHEN (${rule.applies}) AND (${rule.empty}) THEN ${position}::int END`;
  });
  return Prisma.sql`array_remove(ARRAY[${Prisma.join(checks)}]::int[], NULL)`;
}
