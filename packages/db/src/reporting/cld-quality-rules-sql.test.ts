import type { CldEvent, CldSubmission } from '@openpb/domain/reporting/cld-event';
import {
  CLD_PERSON_DETAIL_FIELDS,
  type CldPersonDetailField,
} from '@openpb/domain/reporting/cld-event-peers';
import {
  CLD_QUALITY_RULES,
  cldQualityFailures,
  cldSubmissionFailures,
} from '@openpb/domain/reporting/cld-quality-rules';
import {
  ASSESSMENT_EVENT,
  CARER_ASSESSMENT_EVENT,
  EVENTS_BREAKING_EACH_RULE,
  EVENTS_OUTSIDE_RULE_SCOPE,
  REQUEST_EVENT,
  REVIEW_EVENT,
  ruleKey,
  SERVICE_EVENT,
  SUBMISSION,
  SUBMISSION_R1,
  SUBMISSIONS_BREAKING_ROW_RULES,
  SUBMISSIONS_WITHIN_ROW_RULES,
} from '@openpb/domain/reporting/cld-test-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, Prisma, type PrismaClient } from '../client.ts';
import { createTestFileDatabase, type IsolatedDatabase } from '../testing/isolated-database.ts';
import type { CldEventRow } from './cld-events-sql.ts';
import { brokenCldRulesSql, withPeersSql } from './cld-quality-rules-sql.ts';

/** The row `cldEventRowsSql` would return for the event (the inverse of `cldEventFromRow`). */
function rowOf(event: CldEvent, eventReference: string): Omit<CldEventRow, 'kind_order'> {
  return {
    event_type: event.eventType,
    event_reference: eventReference,
    start_date: event.startDate,
    end_date: event.endDate,
    description: event.description,
    outcome: event.outcome,
    route_of_access: event.routeOfAccess,
    assessment_type: event.assessmentType,
    eligible: event.eligibleNeedsIdentified,
    method_of_assessment: event.methodOfAssessment,
    service_type: event.serviceType,
    service_component: event.serviceComponent,
    delivery_mechanism: event.deliveryMechanism,
    provider_cqc_location_id: event.providerCqcLocationId,
    provider_cqc_location_name: event.providerCqcLocationName,
    unit_cost_pence: event.unitCostPence,
    cost_frequency: event.costFrequency,
    planned_units_hundredths: event.plannedUnitsPerWeekHundredths,
    review_reason: event.reviewReason,
    method_of_review: event.methodOfReview,
    review_outcomes: event.reviewOutcomesAchieved,
    la_code: event.laCode,
    // the columns are NOT NULL in the tables; hand-built rows may still lack them
    la_person_id: event.laPersonId as string,
    nhs_number: event.nhsNumber,
    gp_practice_code: event.gpPracticeCode,
    gp_practice_name: event.gpPracticeName,
    gender: event.gender as string,
    ethnicity: event.ethnicity as string,
    birth_date: event.birthDate as string,
    client_type: event.clientType as string,
    primary_support_reason: event.primarySupportReason as string,
    postcode: event.postcode as string,
    accommodation_status: event.accommodationStatus as string,
    employment_status: event.employmentStatus,
    has_unpaid_carer: event.hasUnpaidCarer,
    autism: event.autism,
    visual_impairment: event.visualImpairment,
    hearing_impairment: event.hearingImpairment,
    dementia: event.dementia,
    client_funding_status: event.clientFundingStatus as string,
    death_date: event.deathDate,
    hours_caring_hundredths: event.hoursCaringPerWeekHundredths,
    adults_cared_for: event.adultsCaredFor,
    linked_person_ids: [...event.linkedPersonIds],
  };
}

const ROW_COLUMNS = Prisma.raw(`event_type text, event_reference text, start_date text,
  end_date text, description text, outcome text, route_of_access text, assessment_type text,
  eligible boolean, method_of_assessment text, service_type text, service_component text,
  delivery_mechanism text, provider_cqc_location_id text, provider_cqc_location_name text,
  unit_cost_pence int, cost_frequency text, planned_units_hundredths int, review_reason text,
  method_of_review text, review_outcomes text, la_code text, la_person_id text, nhs_number text,
  gp_practice_code text, gp_practice_name text, gender text, ethnicity text, birth_date text,
  client_type text, primary_support_reason text, postcode text, accommodation_status text,
  employment_status text, has_unpaid_carer boolean, autism boolean, visual_impairment boolean,
  hearing_impairment boolean, dementia boolean, client_funding_status text, death_date text,
  hours_caring_hundredths int, adults_cared_for int, linked_person_ids text[]`);

const BOOLEAN_DETAILS = new Set<string>([
  'hasUnpaidCarer',
  'autism',
  'visualImpairment',
  'hearingImpairment',
  'dementia',
]);

let database: IsolatedDatabase;
let db: PrismaClient;

beforeAll(async () => {
  database = await createTestFileDatabase();
  db = createDatabaseClient({ databaseUrl: database.databaseUrl });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

/**
 * The failures PostgreSQL finds on each event, as `field:code`, in the events' order, the events
 * taken as one submission (so the rules that compare rows compare them).
 */
async function sqlFailures(
  events: readonly CldEvent[],
  submission: CldSubmission = SUBMISSION,
): Promise<string[][]> {
  const rows = events.map((event, index) => rowOf(event, String(index)));
  const found = await db.$queryRaw<{ event_reference: string; broken: number[] }[]>(Prisma.sql`
    SELECT event.event_reference, ${brokenCldRulesSql(submission)} AS broken
      FROM (${withPeersSql(
        Prisma.sql`SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS event(${ROW_COLUMNS})`,
      )}) event`);
  const byReference = new Map(found.map((row) => [row.event_reference, row.broken]));
  return events.map((_, index) =>
    (byReference.get(String(index)) ?? []).map((position) => {
      const rule = CLD_QUALITY_RULES[position];
      return rule ? ruleKey(rule) : `unknown rule ${position}`;
    }),
  );
}

/** Each event checked on its own, by the domain. */
const domainFailures = (submission: CldSubmission) => (event: CldEvent) =>
  cldQualityFailures(event, submission).map((failure) => ruleKey(failure.rule));

/** The events checked as one submission, by the domain. */
function domainSubmissionFailures(events: readonly CldEvent[]): string[][] {
  const found = cldSubmissionFailures(events, SUBMISSION);
  return events.map((event) =>
    found
      .filter((failure) => failure.eventReference === event.eventReference)
      .map((failure) => ruleKey(failure.rule)),
  );
}

describe('the data-quality rules in SQL agree with the domain (DHSC GetDQValues, de-duplication)', () => {
  it('passes complete events of every type', async () => {
    const complete = [
      REQUEST_EVENT,
      ASSESSMENT_EVENT,
      SERVICE_EVENT,
      REVIEW_EVENT,
      CARER_ASSESSMENT_EVENT,
    ];
    expect(await sqlFailures(complete)).toEqual(complete.map(() => []));
    expect(await sqlFailures(complete, SUBMISSION_R1)).toEqual(complete.map(() => []));
  });

  it.each([...EVENTS_BREAKING_EACH_RULE].map(([rule, breaks]) => [ruleKey(rule), breaks] as const))(
    '%s: events that break it fail it, and only it, in SQL as in the domain',
    async (key, { submission, events }) => {
      // each event alone, so that the examples do not compare with each other
      for (const event of events) {
        expect(domainFailures(submission)(event)).toEqual([key]);
        expect(await sqlFailures([event], submission)).toEqual([[key]]);
      }
    },
  );

  it('does not apply rules outside their scope', async () => {
    const none = EVENTS_OUTSIDE_RULE_SCOPE.map(() => []);
    for (const event of EVENTS_OUTSIDE_RULE_SCOPE) {
      expect(await sqlFailures([event], SUBMISSION_R1)).toEqual([[]]);
    }
    expect(EVENTS_OUTSIDE_RULE_SCOPE.map(domainFailures(SUBMISSION_R1))).toEqual(none);
  });

  it.each(SUBMISSIONS_BREAKING_ROW_RULES.map((breaks) => [breaks.name, breaks] as const))(
    'compares rows as the domain does: %s',
    async (_name, { events, failures }) => {
      expect(domainSubmissionFailures(events)).toEqual(failures);
      expect(await sqlFailures(events)).toEqual(failures);
    },
  );

  it.each(CLD_QUALITY_RULES.filter((rule) => rule.code === 'PERSON_DETAILS_DIFFER'))(
    'compares $field between a person’s rows',
    async (rule) => {
      const property = CLD_PERSON_DETAIL_FIELDS[rule.field as CldPersonDetailField];
      const current = REVIEW_EVENT[property];
      const other = BOOLEAN_DETAILS.has(property)
        ? current !== true
        : property === 'birthDate' || property === 'deathDate'
          ? '2025-03-15'
          : `${current ?? ''}X`;
      const events = [REQUEST_EVENT, { ...REVIEW_EVENT, [property]: other }];
      const found = await sqlFailures(events);
      expect(found).toEqual(domainSubmissionFailures(events));
      for (const failures of found) expect(failures).toContain(ruleKey(rule));
    },
  );

  it('finds nothing wrong with rows that only look alike', async () => {
    for (const events of SUBMISSIONS_WITHIN_ROW_RULES) {
      expect(domainSubmissionFailures(events)).toEqual(events.map(() => []));
      expect(await sqlFailures(events)).toEqual(events.map(() => []));
    }
  });

  it('lists several failures of one event in rule order', async () => {
    const event: CldEvent = {
      ...REVIEW_EVENT,
      nhsNumber: '9990000019',
      primarySupportReason: 'LEARNING_DISABILITY',
      reviewOutcomesAchieved: null,
      gender: 'NOT_A_GENDER',
    };
    const [found] = await sqlFailures([event]);
    expect(found).toEqual(domainFailures(SUBMISSION)(event));
    expect(found).toEqual([
      'Employment_Status:MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
      'Review_Outcomes_Achieved:MANDATORY_WHEN_PLANNED_REVIEW',
      'NHS_Number:NHS_NUMBER_CHECK_DIGIT',
      'Gender:INVALID_VALUE',
    ]);
  });
});
