import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { addCldEvents, PERIOD } from './support/cld-events-fixture.ts';

const QUALITY = /* GraphQL */ `
  query Quality(
    $from: Date!
    $to: Date!
    $first: Int
    $after: String
    $release: CldRelease
    $rule: CldQualityRule
    $field: String
  ) {
    cldDataQuality(
      from: $from
      to: $to
      first: $first
      after: $after
      release: $release
      rule: $rule
      field: $field
    ) {
      pageInfo { hasNextPage endCursor }
      edges { node { eventType eventReference field rule severity message description } }
    }
  }
`;

type Issue = { eventType: string; eventReference: string; field: string; rule: string };
type Page = {
  cldDataQuality: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: Issue }[];
  };
};

let t: TestApi;
let councilId: string;
let events: Awaited<ReturnType<typeof addCldEvents>>;

beforeAll(async () => {
  t = await startTestApi();
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  events = await addCldEvents(t.db, { councilId, staffId: setup.staffIds.socialWorker });
  // a planned review without outcomes achieved
  await t.db.review.update({ where: { id: events.reviewId }, data: { outcomesAchieved: null } });
});

afterAll(async () => {
  await t?.close();
});

async function page(
  variables: Record<string, unknown>,
  roles: Parameters<TestApi['tokenFor']>[0]['roles'] = ['AUDITOR'],
) {
  const token = await t.tokenFor({ councilId, roles });
  return t.graphql<Page>(QUALITY, { token, variables: { ...PERIOD, ...variables } });
}

describe('Query.cldDataQuality', () => {
  // the person is 30 with a learning disability and no employment status: every event but the
  // request fails Employment_Status; the planned review also lacks outcomes achieved
  const expected = () => [
    {
      eventType: 'ASSESSMENT',
      eventReference: events.assessmentId,
      field: 'Employment_Status',
      rule: 'MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
    },
    ...[...events.serviceIds].sort().map((id) => ({
      eventType: 'SERVICE',
      eventReference: id,
      field: 'Employment_Status',
      rule: 'MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
    })),
    {
      eventType: 'REVIEW',
      eventReference: events.reviewId,
      field: 'Employment_Status',
      rule: 'MANDATORY_FOR_WORKING_AGE_LEARNING_DISABILITY',
    },
    {
      eventType: 'REVIEW',
      eventReference: events.reviewId,
      field: 'Review_Outcomes_Achieved',
      rule: 'MANDATORY_WHEN_PLANNED_REVIEW',
    },
  ];

  it('lists the failing fields of the period’s events', async () => {
    const { body } = await page({ first: 100 });
    expect(body.errors).toBeUndefined();
    const issues = body.data?.cldDataQuality.edges.map(({ node }) => ({
      eventType: node.eventType,
      eventReference: node.eventReference,
      field: node.field,
      rule: node.rule,
    }));
    expect(issues).toEqual(expected());
    expect(body.data?.cldDataQuality.pageInfo.hasNextPage).toBe(false);
  });

  it('pages forwards with cursors, also inside one event', async () => {
    const seen: Issue[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 10; guard += 1) {
      const { body } = await page({ first: 2, after });
      const connection = body.data?.cldDataQuality;
      seen.push(
        ...(connection?.edges.map(({ node }) => ({
          eventType: node.eventType,
          eventReference: node.eventReference,
          field: node.field,
          rule: node.rule,
        })) ?? []),
      );
      if (!connection?.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(seen).toEqual(expected());
  });

  it('lists one rule or one field only, on request', async () => {
    const byRule = await page({ first: 100, rule: 'MANDATORY_WHEN_PLANNED_REVIEW' });
    expect(byRule.body.data?.cldDataQuality.edges.map(({ node }) => node)).toEqual([
      expect.objectContaining({
        eventType: 'REVIEW',
        eventReference: events.reviewId,
        field: 'Review_Outcomes_Achieved',
        severity: 'ERROR',
        message: expect.stringContaining('Review_Outcomes_Achieved is empty'),
      }),
    ]);
    const byField = await page({ first: 100, field: 'Employment_Status' });
    expect(byField.body.data?.cldDataQuality.edges).toHaveLength(4);
  });

  it('refuses a foreign cursor, a reversed period, Release 1 for a Release 2 period and roles without reporting', async () => {
    const foreign = await page({ after: Buffer.from('SERVICE|x|y').toString('base64url') });
    expect(foreign.body.errors?.[0]?.message).toBe('The cursor is not one this list gave out');
    const reversed = await page({ from: '2025-04-01', to: '2025-03-31' });
    expect(reversed.body.errors?.[0]?.message).toBe('The reporting period ends before it starts');
    const r1 = await page({ from: '2025-10-01', to: '2025-12-31', release: 'R1' });
    expect(r1.body.errors?.[0]?.message).toBe(
      'Release 1 does not apply to this period: use Release 2',
    );
    const refused = await page({}, ['CARE_COORDINATOR']);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('sees nothing of another council', async () => {
    const other = await t.db.council.create({
      data: { laCode: '997', name: 'Other', region: 'London' },
    });
    const token = await t.tokenFor({ councilId: other.id, roles: ['TEAM_MANAGER'] });
    const { body } = await t.graphql<Page>(QUALITY, { token, variables: { ...PERIOD } });
    expect(body.data?.cldDataQuality.edges).toEqual([]);
  });
});
