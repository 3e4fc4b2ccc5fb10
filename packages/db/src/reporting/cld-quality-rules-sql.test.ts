import type { CldEvent } from '@openpb/domain/reporting/cld-event';
import { CLD_QUALITY_RULES, cldQualityFailures } from '@openpb/domain/reporting/cld-quality-rules';
import {
  ASSESSMENT_EVENT,
  EVENTS_BREAKING_EACH_RULE,
  EVENTS_OUTSIDE_RULE_SCOPE,
  REQUEST_EVENT,
  REVIEW_EVENT,
  SERVICE_EVENT,
  SUBMISSION,
} from '@openpb/domain/reporting/cld-test-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabaseClient, Prisma, type PrismaClient } from '../client.ts';
import { createTestFileDatabase, type IsolatedDatabase } from '../testing/isolated-database.ts';
import type { CldEventRow } from './cld-events-sql.ts';
import { brokenCldRulesSql } from './cld-quality-rules-sql.ts';

/** The row `cldEventRowsSql` would return for the event (the inverse of `cldEventFromRow`). */
function rowOf(event: CldEvent, eventReference: string): Omit<CldEventRow, 'kind_order'> {
  return {
    event_type: event.eventType,
    event_reference: eventReference,
    start_date: event.startDate,
    end_date: event.endDate,
    outcome: event.outcome,
    route_of_access: event.routeOfAccess,
    assessment_type: event.assessmentType,
    eligible: event.eligibleNeedsIdentified,
    method_of_assessment: event.methodOfAssessment,
    service_type: event.serviceType,
    service_component: event.serviceComponent,
    delivery_mechanism: event.deliveryMechanism,
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
    gender: event.gender as string,
    ethnicity: event.ethnicity as string,
    birth_date: event.birthDate as string,
    client_type: event.clientType as string,
    primary_support_reason: event.primarySupportReason as string,
    postcode: event.postcode as string,
    accommodation_status: event.accommodationStatus as string,
    employment_status: event.employmentStatus,
    has_unpaid_carer: event.hasUnpaidCarer,
    client_funding_status: event.clientFundingStatus as string,
    death_date: event.deathDate,
  };
}

const ROW_COLUMNS = Prisma.raw(`event_type text, event_reference text, start_date text,
  end_date text, outcome text, route_of_access text, assessment_type text, eligible boolean,
  method_of_assessment text, service_type text, service_component text, delivery_mechanism text,
  unit_cost_pence int, cost_frequency text, planned_units_hundredths int, review_reason text,
  method_of_review text, review_outcomes text, la_code text, la_person_id text, nhs_number text,
  gender text, ethnicity text, birth_date text, client_type text, primary_support_reason text,
  postcode text, accommodation_status text, employment_status text, has_unpaid_carer boolean,
  client_funding_status text, death_date text`);

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

/** The failures PostgreSQL finds on each event, as `field:rule`, in the events' order. */
async function sqlFailures(events: readonly CldEvent[]): Promise<string[][]> {
  const rows = events.map((event, index) => rowOf(event, String(index)));
  const found = await db.$queryRaw<{ event_reference: string; broken: number[] }[]>(Prisma.sql`
    SELECT event.event_reference, ${brokenCldRulesSql(SUBMISSION.periodEnd)} AS broken
      FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS event(${ROW_COLUMNS})`);
  const byReference = new Map(found.map((row) => [row.event_reference, row.broken]));
  return events.map((_, index) =>
    (byReference.get(String(index)) ?? []).map((position) => {
      const rule = CLD_QUALITY_RULES[position];
      return `${rule?.field}:${rule?.code}`;
    }),
  );
}

const domainFailures = (event: CldEvent) =>
  cldQualityFailures(event, SUBMISSION).map((failure) => `${failure.field}:${failure.rule}`);

describe('the data-quality rules in SQL agree with the domain (domain.md §3.1.1)', () => {
  it('passes complete events of every type', async () => {
    const complete = [REQUEST_EVENT, ASSESSMENT_EVENT, SERVICE_EVENT, REVIEW_EVENT];
    expect(await sqlFailures(complete)).toEqual([[], [], [], []]);
  });

  it.each(CLD_QUALITY_RULES.map((rule) => [rule.field, rule.code] as const))(
    '%s: events that break %s fail it, and only it, in SQL as in the domain',
    async (field, code) => {
      const events = EVENTS_BREAKING_EACH_RULE[field];
      const expected = events.map(() => [`${field}:${code}`]);
      expect(events.map(domainFailures)).toEqual(expected);
      expect(await sqlFailures(events)).toEqual(expected);
    },
  );

  it('does not apply rules outside their scope', async () => {
    const none = EVENTS_OUTSIDE_RULE_SCOPE.map(() => []);
    expect(EVENTS_OUTSIDE_RULE_SCOPE.map(domainFailures)).toEqual(none);
    expect(await sqlFailures(EVENTS_OUTSIDE_RULE_SCOPE)).toEqual(none);
  });

  it('lists several failures of one event in rule order', async () => {
    const event: CldEvent = {
      ...REVIEW_EVENT,
      nhsNumber: null,
      primarySupportReason: 'LEARNING_DISABILITY',
      reviewOutcomesAchieved: null,
    };
    const [found] = await sqlFailures([event]);
    expect(found).toEqual(domainFailures(event));
    expect(found).toEqual([
      'NHS_Number:MANDATORY',
      'Employment_Status:MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
      'Review_Outcomes_Achieved:MANDATORY_WHEN_PLANNED_REVIEW',
    ]);
  });
});
