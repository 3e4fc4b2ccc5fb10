import type { PrismaClient } from '@openpb/db/client';
import type { EventType } from '@openpb/domain/code-lists/event-type';
import { CLD_QUALITY_RULES } from '@openpb/domain/reporting/cld-quality-rules';
import { ruleKey } from '@openpb/domain/reporting/cld-test-events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { PERIOD } from './support/cld-events-fixture.ts';
import { addCompleteCldEvent, addCouncil, type CldEventIds } from './support/complete-cld-event.ts';

// checked in Release 2, the stricter release (it also finds Release 1 values)
const QUALITY = /* GraphQL */ `
  query Quality($from: Date!, $to: Date!) {
    cldDataQuality(from: $from, to: $to, release: R2, first: 100) {
      edges { node { eventType eventReference field rule severity message } }
    }
    cldDataQualitySummary(from: $from, to: $to, release: R2) {
      events
      failingEvents
      eventsWithErrors
      rules { field rule failures }
    }
  }
`;

type Issue = {
  eventType: string;
  eventReference: string;
  field: string;
  rule: string;
  severity: string;
  message: string;
};
type Result = {
  cldDataQuality: { edges: { node: Issue }[] };
  cldDataQualitySummary: {
    events: number;
    failingEvents: number;
    eventsWithErrors: number;
    rules: { field: string; rule: string; failures: number }[];
  };
};

/**
 * How to store events that break one rule: a complete event of a type, then a change (which may
 * add a second event, for the rules that compare rows). Every event of the council then fails it.
 */
interface RuleBreak {
  readonly eventType: EventType;
  readonly breakIt: (
    db: PrismaClient,
    event: CldEventIds,
    where: { councilId: string; staffId: string },
  ) => Promise<unknown>;
}

const person = (data: Record<string, unknown>) => (db: PrismaClient, event: CldEventIds) =>
  db.person.update({ where: { id: event.personId }, data });
const request = (data: Record<string, unknown>) => (db: PrismaClient, event: CldEventIds) =>
  db.request.update({ where: { id: event.eventReference }, data });
const assessment = (data: Record<string, unknown>) => (db: PrismaClient, event: CldEventIds) =>
  db.assessment.update({ where: { id: event.eventReference }, data });
const line = (data: Record<string, unknown>) => (db: PrismaClient, event: CldEventIds) =>
  db.supportPlanLine.update({ where: { id: event.eventReference }, data });
const review = (data: Record<string, unknown>) => (db: PrismaClient, event: CldEventIds) =>
  db.review.update({ where: { id: event.eventReference }, data });

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** A second, identical copy of the stored review or plan line. */
async function copyEvent(db: PrismaClient, event: CldEventIds, eventType: EventType) {
  if (eventType === 'REVIEW') {
    const { id: _id, ...review } = await db.review.findUniqueOrThrow({
      where: { id: event.eventReference },
    });
    return db.review.create({ data: review });
  }
  const { id: _id, ...line } = await db.supportPlanLine.findUniqueOrThrow({
    where: { id: event.eventReference },
  });
  const position = (await db.supportPlanLine.count({ where: { planId: line.planId } })) + 1;
  return db.supportPlanLine.create({
    data: { ...line, position, deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' },
  });
}

/**
 * Each rule's break as the database can store it, by `field:code`. Absent: the columns cannot
 * hold it (NOT NULL, or one person record per person), or the rule does not apply to this
 * period's release; packages/db/src/reporting/cld-quality-rules-sql.test.ts tries every rule on
 * hand-built rows.
 */
const BREAKS: { readonly [key: string]: RuleBreak } = {
  'LA_Code:MANDATORY': {
    eventType: 'REQUEST',
    breakIt: (db, _event, { councilId }) =>
      db.council.update({ where: { id: councilId }, data: { laCode: ' ' } }),
  },
  'LA_Person_Unique_Identifier:MANDATORY': {
    eventType: 'REVIEW',
    breakIt: person({ laPersonId: '' }),
  },
  'NHS_Number:MANDATORY': { eventType: 'SERVICE', breakIt: person({ nhsNumber: null }) },
  'Gender:MANDATORY': { eventType: 'REQUEST', breakIt: person({ gender: '' }) },
  'Ethnicity:MANDATORY': { eventType: 'ASSESSMENT', breakIt: person({ ethnicity: '' }) },
  'Client_Type:MANDATORY': { eventType: 'REQUEST', breakIt: person({ clientType: '' }) },
  'Postcode:MANDATORY': { eventType: 'REVIEW', breakIt: person({ postcode: '  ' }) },
  'Accommodation_Status:MANDATORY': {
    eventType: 'SERVICE',
    breakIt: person({ accommodationStatus: '' }),
  },
  'Has_Unpaid_Carer:MANDATORY': {
    eventType: 'ASSESSMENT',
    breakIt: person({ hasUnpaidCarer: null }),
  },
  'Primary_Support_Reason:MANDATORY_EXCEPT_REQUESTS': {
    eventType: 'ASSESSMENT',
    breakIt: person({ primarySupportReason: '' }),
  },
  'Employment_Status:MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY': {
    eventType: 'SERVICE',
    breakIt: person({
      primarySupportReason: 'LEARNING_DISABILITY',
      birthDate: day('1995-02-01'),
      employmentStatus: null,
    }),
  },
  'Client_Funding_Status:MANDATORY_ON_SERVICES_AND_REVIEWS': {
    eventType: 'REVIEW',
    breakIt: person({ clientFundingStatus: '' }),
  },
  'Event_End_Date:MANDATORY_UNLESS_OPEN_SERVICE': {
    eventType: 'SERVICE',
    breakIt: person({ deathDate: day('2025-03-01') }),
  },
  'Event_Outcome:MANDATORY': { eventType: 'REQUEST', breakIt: request({ outcome: null }) },
  'Request_Route_of_Access:MANDATORY_ON_REQUESTS': {
    eventType: 'REQUEST',
    breakIt: request({ routeOfAccess: '' }),
  },
  'Assessment_Type:MANDATORY_ON_ASSESSMENTS': {
    eventType: 'ASSESSMENT',
    breakIt: assessment({ type: '' }),
  },
  'Method_of_Assessment:MANDATORY_UNLESS_FINANCIAL_ASSESSMENT': {
    eventType: 'ASSESSMENT',
    breakIt: assessment({ involvement: '' }),
  },
  'Service_Type:MANDATORY_ON_SERVICES': {
    eventType: 'SERVICE',
    breakIt: line({ serviceType: '' }),
  },
  'Service_Component:MANDATORY_ON_SERVICES': {
    eventType: 'SERVICE',
    breakIt: line({ serviceComponent: '' }),
  },
  'Review_Reason:MANDATORY_ON_REVIEWS': { eventType: 'REVIEW', breakIt: review({ reason: '' }) },
  'Method_of_Review:MANDATORY_ON_REVIEWS': {
    eventType: 'REVIEW',
    breakIt: review({ involvement: null }),
  },
  'Review_Outcomes_Achieved:MANDATORY_WHEN_PLANNED_REVIEW': {
    eventType: 'REVIEW',
    breakIt: review({ outcomesAchieved: null }),
  },
  'Cost_Frequency_Unit_Type:MANDATORY_FOR_COSTED_SERVICES': {
    eventType: 'SERVICE',
    breakIt: line({ costFrequency: '' }),
  },
  'Planned_units_per_week:MANDATORY_FOR_COSTS_FINER_THAN_WEEKLY': {
    eventType: 'SERVICE',
    breakIt: line({ plannedUnitsPerWeekHundredths: null }),
  },
  'NHS_Number:NHS_NUMBER_CHECK_DIGIT': {
    eventType: 'REQUEST',
    breakIt: person({ nhsNumber: '9990000019' }),
  },
  'Gender:INVALID_VALUE': { eventType: 'REVIEW', breakIt: person({ gender: 'F' }) },
  'Service_Component:INVALID_VALUE': {
    eventType: 'SERVICE',
    breakIt: line({ serviceComponent: 'Home care' }),
  },
  'Client_Funding_Status:RELEASE_1_VALUE_IN_RELEASE_2': {
    eventType: 'SERVICE',
    breakIt: person({ clientFundingStatus: 'FULLY_HEALTH_FUNDED' }),
  },
  'Event_End_Date:END_BEFORE_START': {
    eventType: 'ASSESSMENT',
    breakIt: assessment({ startDate: day('2025-02-02') }),
  },
  'Date_of_Death:AFTER_DEATH': {
    eventType: 'REVIEW',
    breakIt: person({ deathDate: day('2025-03-19') }),
  },
  'Event_Reference:DUPLICATE_EVENT': {
    eventType: 'REVIEW',
    breakIt: (db, event) => copyEvent(db, event, 'REVIEW'),
  },
  'Delivery_Mechanism:MERGED_DELIVERY_MECHANISMS': {
    eventType: 'SERVICE',
    breakIt: (db, event) => copyEvent(db, event, 'SERVICE'),
  },
};

let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
});

afterAll(async () => {
  await t?.close();
});

describe('cldDataQuality and cldDataQualitySummary, stored events breaking each rule', () => {
  const storable = CLD_QUALITY_RULES.flatMap((rule, position) => {
    const stored = BREAKS[ruleKey(rule)];
    return stored ? [{ key: ruleKey(rule), rule, ...stored, laCode: String(700 + position) }] : [];
  });

  it('stores a break of every kind of rule', () => {
    const codes = new Set(storable.map(({ rule }) => rule.code));
    expect(CLD_QUALITY_RULES.filter((rule) => !codes.has(rule.code)).map(ruleKey)).toEqual(
      CLD_QUALITY_RULES.filter((rule) =>
        ['RELEASE_2_VALUE_IN_RELEASE_1', 'OUTSIDE_PERIOD', 'PERSON_DETAILS_DIFFER'].includes(
          rule.code,
        ),
      ).map(ruleKey),
    );
    expect(Object.keys(BREAKS).filter((key) => !storable.some((s) => s.key === key))).toEqual([]);
  });

  it.each(storable)('$key is reported and counted', async (stored) => {
    const { councilId, staffId } = await addCouncil(t.db, stored.laCode);
    const event = await addCompleteCldEvent(t.db, { councilId, staffId }, stored.eventType);
    await stored.breakIt(t.db, event, { councilId, staffId });
    const token = await t.tokenFor({ councilId, roles: ['AUDITOR'] });
    const { body } = await t.graphql<Result>(QUALITY, { token, variables: { ...PERIOD } });
    expect(body.errors).toBeUndefined();
    const issues = body.data?.cldDataQuality.edges.map(({ node }) => node) ?? [];
    const summary = body.data?.cldDataQualitySummary;
    // every event of the council fails the rule, and nothing else
    expect(issues.length).toBe(summary?.events);
    expect(issues.map((issue) => `${issue.field}:${issue.rule}`)).toEqual(
      issues.map(() => stored.key),
    );
    expect(issues.map((issue) => issue.eventType)).toContain(stored.eventType);
    expect(issues.map((issue) => issue.eventReference)).toContain(event.eventReference);
    expect(issues[0]).toMatchObject({
      severity: stored.rule.severity,
      message: stored.rule.message,
    });
    expect(summary?.failingEvents).toBe(issues.length);
    expect(summary?.eventsWithErrors).toBe(stored.rule.severity === 'ERROR' ? issues.length : 0);
    expect(summary?.rules).toEqual(
      CLD_QUALITY_RULES.map((rule) => ({
        field: rule.field,
        rule: rule.code,
        failures: rule === stored.rule ? issues.length : 0,
      })),
    );
  });

  it('finds nothing wrong with a complete event of each type', async () => {
    const { councilId, staffId } = await addCouncil(t.db, '699');
    for (const eventType of ['REQUEST', 'ASSESSMENT', 'SERVICE', 'REVIEW'] as const) {
      await addCompleteCldEvent(t.db, { councilId, staffId }, eventType);
    }
    const token = await t.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
    const { body } = await t.graphql<Result>(QUALITY, { token, variables: { ...PERIOD } });
    expect(body.data?.cldDataQuality.edges).toEqual([]);
    expect(body.data?.cldDataQualitySummary.events).toBe(4);
    expect(body.data?.cldDataQualitySummary.failingEvents).toBe(0);
  });
});
