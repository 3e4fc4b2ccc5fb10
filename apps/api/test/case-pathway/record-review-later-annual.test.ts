// D20 (I-10): the annual review is statutory guidance like the first review, so a
// planned review may set the next one later than 12 months on with a recorded reason (a warning,
// shown in reviewsOverdue); without a reason it is refused and nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CasePathwayApi,
  ERROR_FIELDS,
  expectNothingWritten,
  globalId,
  type MutationError,
  startCasePathwayApi,
} from './case-pathway-api.ts';

const RECORD_REVIEW = /* GraphQL */ `
  mutation RecordReview($input: RecordReviewInput!) {
    recordReview(input: $input) {
      __typename
      ... on MutationRecordReviewSuccess {
        review { id plan { id nextReviewDueDate nextReviewLaterReason } }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & {
  review?: {
    id: string;
    plan: { nextReviewDueDate: string | null; nextReviewLaterReason: string | null } | null;
  };
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi('2025-06-30');
});
afterAll(() => api.t.close());

const recordReview = (input: Record<string, unknown>) =>
  api.mutate<Result>('recordReview', RECORD_REVIEW, input, 'careCoordinator');

async function planOf(personId: string) {
  const plan = await api.t.db.supportPlan.create({
    data: {
      councilId: api.councilId,
      personId,
      version: 1,
      status: 'APPROVED',
      outcomes: [],
      preparedById: api.staffIds.socialWorker,
      startDate: new Date('2025-03-01T00:00:00Z'),
      firstReviewDueDate: new Date('2025-04-20T00:00:00Z'),
    },
  });
  return plan.id;
}

const planned = (personId: string, planId: string, extra: Record<string, unknown> = {}) => ({
  personId: globalId('Person', personId),
  planId: globalId('SupportPlan', planId),
  reason: 'PLANNED',
  involvement: 'SERVICE_USER_AND_CARER',
  completedDate: '2025-04-18',
  outcomesAchieved: 'FULLY_MET',
  outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
  ...extra,
});

describe('the next (annual) review later than guidance (I-10)', () => {
  it('is refused without a reason, writing nothing', async () => {
    const personId = await api.newPerson();
    const planId = await planOf(personId);
    const result = await expectNothingWritten(api.t.db, () =>
      recordReview(planned(personId, planId, { nextReviewDueDate: '2026-07-01' })),
    );
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'REVIEW_DUE_TOO_LATE',
    });
    const plan = await api.t.db.supportPlan.findUniqueOrThrow({ where: { id: planId } });
    expect([plan.nextReviewDueDate, plan.nextReviewLaterReason]).toEqual([null, null]);
  });

  it('is stored with a reason, and reviewsOverdue lists it from the guidance date with the date set and why', async () => {
    const personId = await api.newPerson();
    const planId = await planOf(personId);
    const reason = 'Reviewed with the CHC review in June; the family asked for one meeting';
    const result = await recordReview(
      planned(personId, planId, { nextReviewDueDate: '2026-07-01', nextReviewLaterReason: reason }),
    );
    expect(result).toMatchObject({
      __typename: 'MutationRecordReviewSuccess',
      review: { plan: { nextReviewDueDate: '2026-07-01', nextReviewLaterReason: reason } },
    });

    const { body } = await api.t.graphql<{
      reviewsOverdue: {
        edges: { node: { person: { id: string } } & Record<string, unknown> }[];
      };
    }>(
      `query { reviewsOverdue(first: 50, filter: { kind: ANNUAL_REVIEW, asOf: "2026-05-01" }) {
        edges { node { person { id } dueDate scheduledLaterThanGuidance { scheduledDate reason } } } } }`,
      { token: await api.t.tokenFor({ councilId: api.councilId, roles: ['TEAM_MANAGER'] }) },
    );
    const rows = body.data?.reviewsOverdue.edges
      .map((edge) => edge.node)
      .filter((node) => node.person.id === globalId('Person', personId));
    expect(rows).toEqual([
      {
        person: { id: globalId('Person', personId) },
        dueDate: '2026-04-18',
        scheduledLaterThanGuidance: { scheduledDate: '2026-07-01', reason },
      },
    ]);
  });

  it('defaults to 12 months on with no reason; an earlier date needs none and keeps none', async () => {
    const personId = await api.newPerson();
    const planId = await planOf(personId);
    expect(await recordReview(planned(personId, planId))).toMatchObject({
      review: { plan: { nextReviewDueDate: '2026-04-18', nextReviewLaterReason: null } },
    });
    expect(
      await recordReview(
        planned(personId, planId, {
          completedDate: '2025-06-01',
          nextReviewDueDate: '2026-01-15',
          nextReviewLaterReason: 'not needed',
        }),
      ),
    ).toMatchObject({
      review: { plan: { nextReviewDueDate: '2026-01-15', nextReviewLaterReason: null } },
    });
  });
});
