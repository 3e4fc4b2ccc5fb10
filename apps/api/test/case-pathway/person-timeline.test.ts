import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  directPaymentAgreementFor,
  globalId,
  startCasePathwayApi,
} from './case-pathway-api.ts';

const TIMELINE = /* GraphQL */ `
  query Timeline($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on Person {
        timeline(first: $first, after: $after) {
          edges { cursor node { date kind summary subject { __typename id } } }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }
    }
  }
`;

interface Event {
  date: string;
  kind: string;
  summary: string;
  subject: { __typename: string; id: string } | null;
}
type Timeline = {
  edges: { cursor: string; node: Event }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
};

let api: CasePathwayApi;
let personId: string;
const day = (date: string) => new Date(`${date}T00:00:00Z`);

beforeAll(async () => {
  api = await startCasePathwayApi();
  personId = await api.newPerson();
  const { db } = api.t;
  const councilId = api.councilId;
  const requestOf = (source: string) =>
    db.request.create({
      data: {
        councilId,
        personId,
        receivedDate: day('2025-01-06'),
        routeOfAccess: 'COMMUNITY_OTHER',
        source,
      },
    });
  await requestOf('PROFESSIONAL');
  const request = await requestOf('SELF');
  const assessment = await db.assessment.create({
    data: {
      councilId,
      personId,
      requestId: request.id,
      type: 'LONG_TERM',
      format: 'FACE_TO_FACE',
      involvement: 'SERVICE_USER_ONLY',
      startDate: day('2025-01-20'),
      completedDate: day('2025-02-03'),
      assessorId: api.staffIds.socialWorker,
      complexity: 'MEDIUM',
      outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
    },
  });
  await db.indicativeBudget.create({
    data: {
      councilId,
      personId,
      assessmentId: assessment.id,
      rasModelVersion: 'test',
      rasPoints: 26,
      weeklyAmountPence: 6_500,
      annualAmountPence: 338_000,
      explanation: 'test',
      calculatedAt: new Date('2025-02-03T23:30:00Z'), // still 3 February in England (GMT)
    },
  });
  await db.supportPlan.create({
    data: {
      councilId,
      personId,
      version: 1,
      status: 'APPROVED',
      outcomes: [],
      preparedById: api.staffIds.socialWorker,
      startDate: day('2025-03-01'),
      firstReviewDueDate: day('2025-04-20'),
    },
  });
  await directPaymentAgreementFor(db, councilId, personId); // budget 2025-04-01, agreement 2025-04-07
  await db.review.create({
    data: {
      councilId,
      personId,
      reason: 'PLANNED',
      dueDate: day('2025-04-20'),
      completedDate: day('2025-04-18'),
      outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
    },
  });
  await db.safeguardingConcern.create({
    data: {
      councilId,
      personId,
      raisedDate: day('2025-04-18'),
      raisedBy: 'GP',
      affectsDirectPayment: true,
    },
  });
  // another person's history never shows
  const stranger = await api.newPerson();
  await db.request.create({
    data: {
      councilId,
      personId: stranger,
      receivedDate: day('2025-05-01'),
      routeOfAccess: 'COMMUNITY_OTHER',
      source: 'SELF',
    },
  });
});
afterAll(() => api.t.close());

async function timeline(variables: Record<string, unknown>): Promise<Timeline> {
  const { body } = await api.t.graphql<{ node: { timeline: Timeline } }>(TIMELINE, {
    token: api.tokens.auditor,
    variables: { id: globalId('Person', personId), ...variables },
  });
  expect(body.errors).toBeUndefined();
  const result = body.data?.node.timeline;
  if (!result) throw new Error('No timeline');
  return result;
}

describe('Person.timeline', () => {
  it('lists every kind of event newest first, with summaries and subjects', async () => {
    const page = await timeline({ first: 20 });
    const events = page.edges.map((edge) => edge.node);
    expect(events.map((event) => event.date)).toEqual([
      '2025-04-18',
      '2025-04-18',
      '2025-04-07',
      '2025-04-01',
      '2025-03-01',
      '2025-02-03',
      '2025-02-03',
      '2025-01-06',
      '2025-01-06',
    ]);
    expect(events.slice(2, 5).map((event) => event.kind)).toEqual([
      'DIRECT_PAYMENT_AGREEMENT',
      'PERSONAL_BUDGET',
      'SUPPORT_PLAN',
    ]);
    expect(new Set(events.map((event) => event.kind)).size).toBe(8);
    expect(page.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
    const byKind = Object.fromEntries(events.map((event) => [event.kind, event]));
    expect(byKind.REQUEST).toMatchObject({
      date: '2025-01-06',
      summary: 'Request for support received (Community/Other route)',
      subject: { __typename: 'Request' },
    });
    expect(byKind.ASSESSMENT?.summary).toBe('Long term assessment completed');
    expect(byKind.INDICATIVE_BUDGET).toMatchObject({
      date: '2025-02-03',
      summary: 'Indicative budget of £65.00 a week calculated',
      subject: { __typename: 'IndicativeBudget' },
    });
    expect(byKind.REVIEW?.summary).toBe('Review (Planned) completed');
    expect(byKind.SAFEGUARDING_CONCERN?.summary).toContain('affecting the direct payment');
    expect(byKind.DIRECT_PAYMENT_AGREEMENT?.subject?.__typename).toBe('DirectPaymentAgreement');
    expect(byKind.SUPPORT_PLAN?.subject?.__typename).toBe('SupportPlan');
    expect(byKind.PERSONAL_BUDGET?.subject?.__typename).toBe('PersonalBudget');
  });

  it('breaks ties on the same date by id, highest id first', async () => {
    const events = (await timeline({ first: 20 })).edges.map((edge) => edge.node);
    const rawId = (event: Event) =>
      Buffer.from(event.subject?.id ?? '', 'base64')
        .toString()
        .split(':')[1] ?? '';
    for (const date of ['2025-04-18', '2025-02-03', '2025-01-06']) {
      const [first, second] = events.filter((event) => event.date === date).map(rawId);
      expect((first ?? '') > (second ?? '')).toBe(true);
    }
  });

  it('pages with first and after, without gaps or repeats, in one timeline statement per page', async () => {
    const all = (await timeline({ first: 20 })).edges.map((edge) => edge.node);
    const seen: Event[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      api.t.resetStatements();
      const page: Timeline = await timeline({ first: 3, after });
      expect(api.t.statements.filter((sql) => sql.includes('UNION ALL'))).toHaveLength(1);
      // subjects: one query per kind of record on the page, never one per entry
      const kindsOnPage = new Set(page.edges.map((edge) => edge.node.kind)).size;
      expect(api.t.statements.filter((sql) => sql.includes('"id" IN'))).toHaveLength(kindsOnPage);
      seen.push(...page.edges.map((edge) => edge.node));
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after !== null);
    expect(pages).toBe(3);
    expect(seen).toEqual(all);
  });

  it('refuses a page larger than 100 and a forged cursor', async () => {
    const tooMany = await api.t.graphql(TIMELINE, {
      token: api.tokens.auditor,
      variables: { id: globalId('Person', personId), first: 101 },
    });
    expect(tooMany.body.errors?.[0]?.message).toContain('first');
    const forged = await api.t.graphql(TIMELINE, {
      token: api.tokens.auditor,
      variables: { id: globalId('Person', personId), after: 'bm90LWEtY3Vyc29y' },
    });
    expect(forged.body.errors?.[0]?.message).toBe('Invalid cursor');
  });

  it('exposes the case record as connections on Person', async () => {
    const { body } = await api.t.graphql<{ node: Record<string, { edges: unknown[] }> }>(
      /* GraphQL */ `
        query Record($id: ID!) {
          node(id: $id) {
            ... on Person {
              requests(first: 10) { edges { node { id source } } }
              assessments(first: 10) { edges { node { id request { id } } } }
              reviews(first: 10) { edges { node { id reason } } }
              safeguardingConcerns(first: 10) { edges { node { id raisedBy } } }
              allocations(first: 10) { edges { node { id } } }
            }
          }
        }
      `,
      { token: api.tokens.auditor, variables: { id: globalId('Person', personId) } },
    );
    expect(body.errors).toBeUndefined();
    const counts = Object.fromEntries(
      Object.entries(body.data?.node ?? {}).map(([field, page]) => [field, page.edges.length]),
    );
    expect(counts).toEqual({
      requests: 2,
      assessments: 1,
      reviews: 1,
      safeguardingConcerns: 1,
      allocations: 0,
    });
  });
});
