import { PER_UNIT_COST_FREQUENCIES } from '@openpb/domain/code-lists/cost-frequency';
import type { EventType } from '@openpb/domain/code-lists/event-type';
import { ServiceType, ServiceTypeGroupOf } from '@openpb/domain/code-lists/service-type';
import type { CldSubmission } from '@openpb/domain/reporting/cld-event';
import {
  CLD_CODED_FIELDS,
  type CldCodedFieldName,
} from '@openpb/domain/reporting/cld-event-coded-fields';
import {
  CLD_PERSON_DETAIL_FIELDS,
  type CldPersonDetailField,
} from '@openpb/domain/reporting/cld-event-peers';
import {
  CLD_QUALITY_RULES,
  type CldQualityRule,
  WORKING_AGE,
} from '@openpb/domain/reporting/cld-quality-rules';
import { COSTED_COMPONENTS } from '@openpb/domain/rules/cld-cost-completeness';
import { Prisma } from '../client.ts';
import { type CldEventsWhere, cldEventRowsSql } from './cld-events-sql.ts';

/**
 * The CLD data-quality rules of @openpb/domain/reporting/cld-quality-rules in SQL, over a row named
 * `event` with the columns of `cldEventRowsSql` (codes as stored, dates as text) and the columns
 * `withPeersSql` adds (what the submission's other rows say about it, as `cldEventPeers`).
 * For each rule: when the event breaks it. A blank field is one `cldRow` would leave empty after
 * `trim()` (a code outside its list is written as it is, so only a missing or blank value is).
 */

const isEvent = (type: EventType) => Prisma.sql`event.event_type = ${type}`;
// what String.prototype.trim removes (ECMAScript WhiteSpace and LineTerminator), so that a value
// is blank here exactly when `cldRow`'s field is empty after `trim()`
const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const BLANK = `^[${JS_WHITESPACE}]*$`;
const isBlank = (column: string) => Prisma.sql`coalesce(${Prisma.raw(column)} ~ ${BLANK}, true)`;
const isNull = (column: string) => Prisma.sql`${Prisma.raw(column)} IS NULL`;
const isServiceUser = Prisma.sql`event.client_type = ${'SERVICE_USER'}`;
const date = (column: string) => Prisma.raw(`${column}::date`);

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

interface BlankSql {
  readonly applies: Prisma.Sql;
  readonly empty: Prisma.Sql;
}

const always = Prisma.sql`true`;
const mandatory = (empty: Prisma.Sql): BlankSql => ({ applies: always, empty });

/** The mandatory-field rules, by field: when the field applies, and when it is empty. */
function blankSql(periodEnd: string): { readonly [field: string]: BlankSql } {
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

/** The column of `cldEventRowsSql` each coded field is written from. */
const CODED_COLUMNS: { readonly [F in CldCodedFieldName]: string } = {
  Gender: 'gender',
  Ethnicity: 'ethnicity',
  Client_Type: 'client_type',
  Primary_Support_Reason: 'primary_support_reason',
  Accommodation_Status: 'accommodation_status',
  Employment_Status: 'employment_status',
  Client_Funding_Status: 'client_funding_status',
  Event_Outcome: 'outcome',
  Request_Route_of_Access: 'route_of_access',
  Assessment_Type: 'assessment_type',
  Method_of_Assessment: 'method_of_assessment',
  Service_Type: 'service_type',
  Service_Component: 'service_component',
  Delivery_Mechanism: 'delivery_mechanism',
  Review_Reason: 'review_reason',
  Review_Outcomes_Achieved: 'review_outcomes',
  Method_of_Review: 'method_of_review',
  Cost_Frequency_Unit_Type: 'cost_frequency',
};

/** The column of `cldEventRowsSql` each person detail is written from. */
const PERSON_COLUMNS: { readonly [F in CldPersonDetailField]: string } = {
  LA_Person_Unique_Identifier: 'la_person_id',
  GP_Practice_Name: 'gp_practice_name',
  GP_Practice_Code: 'gp_practice_code',
  Gender: 'gender',
  Ethnicity: 'ethnicity',
  Date_of_Birth: 'birth_date',
  Date_of_Death: 'death_date',
  Primary_Support_Reason: 'primary_support_reason',
  Postcode: 'postcode',
  Accommodation_Status: 'accommodation_status',
  Employment_Status: 'employment_status',
  Has_Unpaid_Carer: 'has_unpaid_carer',
  Autism_Spectrum_Disorder_ASD: 'autism',
  Visual_Impairment: 'visual_impairment',
  Hearing_Impairment: 'hearing_impairment',
  Dementia: 'dementia',
  Client_Funding_Status: 'client_funding_status',
};
const PERSON_DETAIL_FIELDS = Object.keys(CLD_PERSON_DETAIL_FIELDS) as CldPersonDetailField[];

/** `codedValue`: the stored code where the field is written from it and not blank. */
function codedValueSql(field: CldCodedFieldName): Prisma.Sql {
  const column = `event.${CODED_COLUMNS[field]}`;
  const written =
    field === 'Event_Outcome' ? Prisma.sql`(${isEvent('SERVICE')}) IS NOT TRUE` : always;
  return Prisma.sql`CASE WHEN (${written}) AND NOT ${isBlank(column)} THEN ${Prisma.raw(column)}::text END`;
}

const inList = (value: Prisma.Sql, codes: readonly string[]) =>
  codes.length === 0 ? Prisma.sql`false` : Prisma.sql`${value} IN (${Prisma.join(codes)})`;

/** Modulus 11 over the ten digits (entities/nhs-number): 11 − (Σ digit × weight mod 11), 11 → 0. */
const validNhsNumber = Prisma.sql`(
  event.nhs_number ~ '^[0-9]{10}$'
  AND (11 - (${Prisma.join(
    [10, 9, 8, 7, 6, 5, 4, 3, 2].map(
      (weight, index) =>
        Prisma.sql`substr(event.nhs_number, ${index + 1}::int, 1)::int * ${weight}::int`,
    ),
    ' + ',
  )}) % 11) % 11 = substr(event.nhs_number, 10, 1)::int)`;

/** DHSC's person id of the row (`cldPersonKey`). */
const personKey = Prisma.sql`CASE WHEN ${isBlank('event.nhs_number')}
  THEN event.la_code || '_' || coalesce(event.la_person_id, '') ELSE event.nhs_number::text END`;

/** DHSC's unique event of a joined submission (`cldJoinedEventKey`), as one comparable text. */
const joinedKey = Prisma.sql`event.la_code, ${personKey}, event.event_type, event.start_date,
  CASE WHEN ${isEvent('SERVICE')} THEN NULL ELSE event.end_date END, event.client_type,
  CASE WHEN ${isEvent('REQUEST')} THEN event.route_of_access END,
  CASE WHEN ${isEvent('ASSESSMENT')} THEN event.assessment_type END,
  CASE WHEN ${isEvent('SERVICE')} THEN event.service_type END,
  CASE WHEN ${isEvent('SERVICE')} THEN event.service_component END`;

/** … and of a single submission (`cldSingleEventKey`). */
const singleKey = Prisma.sql`${joinedKey},
  CASE WHEN ${isEvent('SERVICE')} THEN event.delivery_mechanism END,
  CASE WHEN ${isEvent('SERVICE')} THEN event.unit_cost_pence END,
  CASE WHEN ${isEvent('SERVICE')} THEN event.cost_frequency END,
  CASE WHEN ${isEvent('SERVICE')} THEN event.planned_units_hundredths END`;

// a row value's text is injective (NULL and '' differ), so the keys compare as one text each
const asText = (columns: Prisma.Sql) => Prisma.sql`ROW(${columns})::text`;

/**
 * The rows of `rows` (the columns of `cldEventRowsSql`, as a row source) each with what the
 * other rows say about it (`cldEventPeers`): `same_event` (int), `merged_delivery` (boolean) and
 * `differing` (boolean[], one per person detail in CLD_PERSON_DETAIL_FIELDS order). Each key is
 * counted by a hash aggregate and joined back, so the wide rows are never sorted.
 */
export function withPeersSql(rows: Prisma.Sql): Prisma.Sql {
  const differs = PERSON_DETAIL_FIELDS.map((field) => {
    const value = Prisma.raw(`coalesce(event.${PERSON_COLUMNS[field]}::text, '')`);
    return Prisma.sql`min(${value}) <> max(${value})`;
  });
  return Prisma.sql`
    WITH keyed AS MATERIALIZED (
      SELECT event.*, ${asText(singleKey)} AS single_key, ${asText(joinedKey)} AS joined_key,
             ${personKey} AS person_key
        FROM (${rows}) event
    ), single AS (
      SELECT event.single_key, count(*)::int AS same_event FROM keyed event GROUP BY 1
    ), joined AS (
      SELECT event.joined_key,
             min(coalesce(event.delivery_mechanism, '')) <> max(coalesce(event.delivery_mechanism, ''))
               AS mixed
        FROM keyed event GROUP BY 1
    ), people AS (
      SELECT event.person_key, ARRAY[${Prisma.join(differs)}]::boolean[] AS differing
        FROM keyed event GROUP BY 1
    )
    SELECT event.*, single.same_event,
           (${isEvent('SERVICE')} AND joined.mixed) AS merged_delivery, people.differing
      FROM keyed event
      JOIN single ON single.single_key = event.single_key
      JOIN joined ON joined.joined_key = event.joined_key
      JOIN people ON people.person_key = event.person_key`;
}

function ruleSql(rule: CldQualityRule, submission: CldSubmission): Prisma.Sql {
  const { periodStart, periodEnd } = submission;
  switch (rule.code) {
    case 'INVALID_VALUE': {
      const field = rule.field as CldCodedFieldName;
      return Prisma.sql`${codedValueSql(field)} NOT IN (${Prisma.join(CLD_CODED_FIELDS[field].codes)})`;
    }
    case 'RELEASE_1_VALUE_IN_RELEASE_2':
    case 'RELEASE_2_VALUE_IN_RELEASE_1': {
      const field = rule.field as CldCodedFieldName;
      const file = rule.code === 'RELEASE_1_VALUE_IN_RELEASE_2' ? 'R2' : 'R1';
      if (submission.release !== file) return Prisma.sql`false`;
      return inList(codedValueSql(field), CLD_CODED_FIELDS[field].notInRelease[file]);
    }
    case 'NHS_NUMBER_CHECK_DIGIT':
      return Prisma.sql`NOT ${isBlank('event.nhs_number')} AND NOT ${validNhsNumber}`;
    case 'END_BEFORE_START':
      return Prisma.sql`${date('event.end_date')} < ${date('event.start_date')}`;
    case 'OUTSIDE_PERIOD':
      return Prisma.sql`(${date('event.start_date')} > ${periodEnd}::date
        OR ${date('event.end_date')} < ${periodStart}::date
        OR ((${isEvent('SERVICE')}) IS NOT TRUE AND ${date('event.end_date')} > ${periodEnd}::date))`;
    case 'AFTER_DEATH':
      return Prisma.sql`(${date('event.start_date')} > ${date('event.death_date')}
        OR ${date('event.end_date')} > ${date('event.death_date')})`;
    case 'DUPLICATE_EVENT':
      return Prisma.sql`event.same_event > 1`;
    case 'MERGED_DELIVERY_MECHANISMS':
      return Prisma.sql`event.merged_delivery`;
    case 'PERSON_DETAILS_DIFFER': {
      const index = PERSON_DETAIL_FIELDS.indexOf(rule.field as CldPersonDetailField) + 1;
      return Prisma.sql`event.differing[${index}::int]`;
    }
    default: {
      const blank = blankSql(periodEnd)[rule.field];
      if (!blank) throw new Error(`No SQL for the rule ${rule.field}:${rule.code}`);
      return Prisma.sql`(${blank.applies}) AND (${blank.empty})`;
    }
  }
}

/**
 * `int[]`: the positions in `CLD_QUALITY_RULES` of the rules the row `event` (with its peer
 * columns, `withPeersSql`) breaks in the submission, in rule order (empty when it breaks none).
 */
export function brokenCldRulesSql(submission: CldSubmission): Prisma.Sql {
  const checks = CLD_QUALITY_RULES.map(
    (rule, position) =>
      Prisma.sql`CASE WHEN (${ruleSql(rule, submission)}) IS TRUE THEN ${position}::int END`,
  );
  return Prisma.sql`array_remove(ARRAY[${Prisma.join(checks)}]::int[], NULL)`;
}

/**
 * The events of a submission, each with its peer columns and `broken` (`brokenCldRulesSql`), in no
 * order: every row of the submission is read, since some rules compare rows.
 */
export function checkedCldEventsSql(where: CldEventsWhere, submission: CldSubmission): Prisma.Sql {
  return Prisma.sql`
    SELECT event.*, ${brokenCldRulesSql(submission)} AS broken
      FROM (${withPeersSql(cldEventRowsSql(where))}) event`;
}
