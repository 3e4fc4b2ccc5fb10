import type { PrismaClient } from '@openpb/db/client';
import type { EventType } from '@openpb/domain/code-lists/event-type';
import {
  CLD_QUALITY_RULES,
  type CldQualityRuleField,
} from '@openpb/domain/reporting/cld-quality-rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { PERIOD } from './support/cld-events-fixture.ts';
import { addCompleteCldEvent, addCouncil, type CldEventIds } from './support/complete-cld-event.ts';

const QUALITY = /* GraphQL */ `
  query Quality($from: Date!, $to: Date!) {
    cldDataQuality(from: $from, to: $to, first: 100) {
      edges { node { eventType eventReference field rule } }
    }
    cldDataQualitySummary(from: $from, to: $to) {
      events
      failingEvents
      rules { field rule failures }
    }
  }
`;

type Issue = { eventType: string; eventReference: string; field: string; rule: string };
type Result = {
  cldDataQuality: { edges: { node: Issue }[] };
  cldDataQualitySummary: {
    events: number;
    failingEvents: number;
    rules: { field: string; rule: string; failures: number }[];
  };
};

/** How to store an event that breaks one rule: a complete event of a type, then one change. */
interface RuleBreak {
  readonly eventType: EventType;
  readonly breakIt: (db: PrismaClient, event: CldEventIds, councilId: string) => Promise<unknown>;
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

/**
 * Each rule's break as the database can store it. `null`: the column is NOT NULL, so no stored
 * event breaks the rule; packages/db/src/reporting/cld-quality-rules-sql.test.ts tries those on
 * hand-built rows.
 */
const BREAKS: { readonly [F in CldQualityRuleField]: RuleBreak | null } = {
  LA_Code: {
    eventType: 'REQUEST',
    breakIt: (db, _event, councilId) =>
      db.council.update({ where: { id: councilId }, data: { laCode: ' ' } }),
  },
  LA_Person_Unique_Identifier: { eventType: 'REVIEW', breakIt: person({ laPersonId: '' }) },
  NHS_Number: { eventType: 'SERVICE', breakIt: person({ nhsNumber: null }) },
  Gender: { eventType: 'REQUEST', breakIt: person({ gender: '' }) },
  Ethnicity: { eventType: 'ASSESSMENT', breakIt: person({ ethnicity: '' }) },
  Date_of_Birth: null,
  Client_Type: { eventType: 'REQUEST', breakIt: person({ clientType: '' }) },
  Postcode: { eventType: 'REVIEW', breakIt: person({ postcode: '  ' }) },
  Accommodation_Status: { eventType: 'SERVICE', breakIt: person({ accommodationStatus: '' }) },
  Has_Unpaid_Carer: { eventType: 'ASSESSMENT', breakIt: person({ hasUnpaidCarer: null }) },
  Primary_Support_Reason: {
    eventType: 'ASSESSMENT',
    breakIt: person({ primarySupportReason: '' }),
  },
  Employment_Status: {
    eventType: 'SERVICE',
    breakIt: person({
      primarySupportReason: 'LEARNING_DISABILITY',
      birthDate: new Date('1995-02-01T00:00:00Z'),
      employmentStatus: null,
    }),
  },
  Client_Funding_Status: { eventType: 'REVIEW', breakIt: person({ clientFundingStatus: '' }) },
  Event_Start_Date: null,
  Event_End_Date: {
    eventType: 'SERVICE',
    breakIt: person({ deathDate: new Date('2025-03-01T00:00:00Z') }),
  },
  Event_Outcome: { eventType: 'REQUEST', breakIt: request({ outcome: null }) },
  Request_Route_of_Access: { eventType: 'REQUEST', breakIt: request({ routeOfAccess: '' }) },
  Assessment_Type: { eventType: 'ASSESSMENT', breakIt: assessment({ type: '' }) },
  Method_of_Assessment: { eventType: 'ASSESSMENT', breakIt: assessment({ involvement: '' }) },
  Service_Type: { eventType: 'SERVICE', breakIt: line({ serviceType: '' }) },
  Service_Component: { eventType: 'SERVICE', breakIt: line({ serviceComponent: '' }) },
  Review_Reason: { eventType: 'REVIEW', breakIt: review({ reason: '' }) },
  Method_of_Review: { eventType: 'REVIEW', breakIt: review({ involvement: null }) },
  Review_Outcomes_Achieved: { eventType: 'REVIEW', breakIt: review({ outcomesAchieved: null }) },
  Unit_Cost: null,
  Cost_Frequency_Unit_Type: { eventType: 'SERVICE', breakIt: line({ costFrequency: '' }) },
  Planned_units_per_week: {
    eventType: 'SERVICE',
    breakIt: line({ plannedUnitsPerWeekHundredths: null }),
  },
};

let t: TestApi;

beforeAll(async () => {
  t = await startTestApi();
});

afterAll(async () => {
  await t?.close();
});

describe('cldDataQuality and cldDataQualitySummary, one stored event breaking each rule', () => {
  const storable = CLD_QUALITY_RULES.flatMap((rule, position) => {
    const stored = BREAKS[rule.field];
    return stored ? [{ ...rule, ...stored, laCode: String(800 + position) }] : [];
  });

  it.each(storable)('$field: $code is reported and counted', async (rule) => {
    const { councilId, staffId } = await addCouncil(t.db, rule.laCode);
    const event = await addCompleteCldEvent(t.db, { councilId, staffId }, rule.eventType);
    await rule.breakIt(t.db, event, councilId);
    const token = await t.tokenFor({ councilId, roles: ['AUDITOR'] });
    const { body } = await t.graphql<Result>(QUALITY, { token, variables: { ...PERIOD } });
    expect(body.errors).toBeUndefined();
    expect(body.data?.cldDataQuality.edges.map(({ node }) => node)).toEqual([
      {
        eventType: rule.eventType,
        eventReference: event.eventReference,
        field: rule.field,
        rule: rule.code,
      },
    ]);
    const summary = body.data?.cldDataQualitySummary;
    expect(summary?.events).toBe(1);
    expect(summary?.failingEvents).toBe(1);
    expect(summary?.rules).toEqual(
      CLD_QUALITY_RULES.map(({ field, code }) => ({
        field,
        rule: code,
        failures: field === rule.field ? 1 : 0,
      })),
    );
  });

  it('finds nothing wrong with a complete event of each type', async () => {
    const { councilId, staffId } = await addCouncil(t.db, '899');
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
