import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CasePathwayApi, globalId, startCasePathwayApi } from './case-pathway-api.ts';

const REVIEWS_DUE = /* GraphQL */ `
  query ReviewsDue($first: Int, $after: String, $filter: ReviewsDueFilter) {
    reviewsDue(first: $first, after: $after, filter: $filter) {
      edges { cursor node { id dueDate isDirectPaymentReview completedDate } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

type Page = {
  reviewsDue: {
    edges: {
      cursor: string;
      node: { id: string; dueDate: string; isDirectPaymentReview: boolean };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

let api: CasePathwayApi;
const ids: Record<string, string> = {};

// today is 2025-06-30
beforeAll(async () => {
  api = await startCasePathwayApi('2025-06-30');
  const personId = await api.newPerson();
  const review = (dueDate: string, isDirectPaymentReview: boolean, completed = false) =>
    api.t.db.review.create({
      data: {
        councilId: api.councilId,
        personId,
        reason: isDirectPaymentReview ? 'UNPLANNED_SAFEGUARDING_CONCERN' : 'PLANNED',
        isDirectPaymentReview,
        dueDate: new Date(`${dueDate}T00:00:00Z`),
        completedDate: completed ? new Date(`${dueDate}T00:00:00Z`) : null,
        outcome: completed ? 'CONTINUATION_OF_SUPPORT_OR_SERVICES' : null,
      },
    });
  ids.overdueDp = (await review('2025-06-10', true)).id;
  ids.overduePlan = (await review('2025-06-20', false)).id;
  ids.dueToday = (await review('2025-06-30', false)).id;
  ids.laterDp = (await review('2025-08-01', true)).id;
  await review('2025-05-01', false, true);
  await api.t.db.review.create({
    data: {
      councilId: api.otherCouncilId,
      personId: api.otherCouncilPersonId,
      reason: 'PLANNED',
      dueDate: new Date('2025-01-01T00:00:00Z'),
    },
  });
});
afterAll(() => api.t.close());

async function reviewsDue(variables: Record<string, unknown>, token = api.tokens.auditor) {
  const { body } = await api.t.graphql<Page>(REVIEWS_DUE, { token, variables });
  expect(body.errors).toBeUndefined();
  return body.data?.reviewsDue ?? { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
}

const nodeIds = (page: Page['reviewsDue']) => page.edges.map((edge) => edge.node.id);
const review = (key: string) => globalId('Review', ids[key] ?? '');

describe('reviewsDue', () => {
  it('lists the council’s reviews not yet completed, earliest due first', async () => {
    const page = await reviewsDue({});
    expect(nodeIds(page)).toEqual([
      review('overdueDp'),
      review('overduePlan'),
      review('dueToday'),
      review('laterDp'),
    ]);
  });

  it('pages with first and after', async () => {
    const first = await reviewsDue({ first: 3 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await reviewsDue({ first: 3, after: first.pageInfo.endCursor });
    expect(nodeIds(second)).toEqual([review('laterDp')]);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('filters to overdue reviews: due before today', async () => {
    const page = await reviewsDue({ filter: { overdueOnly: true } });
    expect(nodeIds(page)).toEqual([review('overdueDp'), review('overduePlan')]);
  });

  it('filters to direct payment reviews', async () => {
    const page = await reviewsDue({ filter: { directPaymentOnly: true } });
    expect(nodeIds(page)).toEqual([review('overdueDp'), review('laterDp')]);
  });

  it('filters to reviews due before a date, combined with the other filters', async () => {
    expect(nodeIds(await reviewsDue({ filter: { dueBefore: '2025-07-01' } }))).toEqual([
      review('overdueDp'),
      review('overduePlan'),
      review('dueToday'),
    ]);
    expect(
      nodeIds(
        await reviewsDue({
          filter: { dueBefore: '2025-09-01', directPaymentOnly: true, overdueOnly: true },
        }),
      ),
    ).toEqual([review('overdueDp')]);
  });
});
