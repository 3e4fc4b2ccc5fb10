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
        review {
          id reason dueDate completedDate involvement outcomesAchieved supportChange outcome
          isDirectPaymentReview
          reviewer { id }
          plan { id nextReviewDueDate }
        }
      }
      ${ERROR_FIELDS}
    }
  }
`;

type Result = MutationError & {
  review?: {
    id: string;
    reason: string;
    dueDate: string;
    completedDate: string;
    outcomesAchieved: string | null;
    isDirectPaymentReview: boolean;
    reviewer: { id: string };
    plan: { id: string; nextReviewDueDate: string | null } | null;
  };
};

let api: CasePathwayApi;
beforeAll(async () => {
  api = await startCasePathwayApi();
});
afterAll(() => api.t.close());

const recordReview = (input: Record<string, unknown>, as?: string) =>
  api.mutate<Result>('recordReview', RECORD_REVIEW, input, as);

async function personWithPlan() {
  const personId = await api.newPerson();
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
  return { personId, planId: plan.id };
}

async function dueReview(personId: string, reason = 'PLANNED', planId: string | null = null) {
  return api.t.db.review.create({
    data: {
      councilId: api.councilId,
      personId,
      planId,
      reason,
      dueDate: new Date('2025-04-20T00:00:00Z'),
    },
  });
}

function reviewInput(personId: string, overrides: Record<string, unknown> = {}) {
  return {
    personId: globalId('Person', personId),
    reason: 'PLANNED',
    involvement: 'SERVICE_USER_AND_CARER',
    completedDate: '2025-04-18',
    outcomesAchieved: 'PARTIALLY_MET',
    supportChange: 'UNCHANGED',
    outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
    ...overrides,
  };
}

describe('recordReview', () => {
  it('completes a due planned review and sets the plan’s next review 12 months on (I-10)', async () => {
    const { personId, planId } = await personWithPlan();
    const due = await dueReview(personId, 'PLANNED', planId);
    const result = await recordReview(
      reviewInput(personId, { dueReviewId: globalId('Review', due.id) }),
      'careCoordinator',
    );
    expect(result).toMatchObject({
      __typename: 'MutationRecordReviewSuccess',
      review: {
        id: globalId('Review', due.id),
        dueDate: '2025-04-20',
        completedDate: '2025-04-18',
        outcomesAchieved: 'PARTIALLY_MET',
        reviewer: { id: globalId('StaffMember', api.staffIds.careCoordinator) },
        plan: { id: globalId('SupportPlan', planId), nextReviewDueDate: '2026-04-18' },
      },
    });
  });

  it('records an unplanned review that was not scheduled, leaving the plan’s next review alone', async () => {
    const { personId, planId } = await personWithPlan();
    const result = await recordReview(
      reviewInput(personId, {
        reason: 'UNPLANNED_HOSPITAL',
        outcomesAchieved: null,
        planId: globalId('SupportPlan', planId),
      }),
    );
    expect(result.review).toMatchObject({
      reason: 'UNPLANNED_HOSPITAL',
      dueDate: '2025-04-18',
      completedDate: '2025-04-18',
      outcomesAchieved: null,
      plan: { nextReviewDueDate: null },
    });
  });

  it('refuses a planned review without outcomes achieved (I-16)', async () => {
    const { personId, planId } = await personWithPlan();
    const due = await dueReview(personId, 'PLANNED', planId);
    const input = reviewInput(personId, {
      dueReviewId: globalId('Review', due.id),
      outcomesAchieved: null,
    });
    const result = await expectNothingWritten(api.t.db, () => recordReview(input));
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'REVIEW_OUTCOME_REQUIRED',
      path: ['input', 'outcomesAchieved'],
    });
  });

  it('refuses to record a review twice with an InvalidStateError', async () => {
    const { personId, planId } = await personWithPlan();
    const due = await dueReview(personId, 'PLANNED', planId);
    const input = reviewInput(personId, { dueReviewId: globalId('Review', due.id) });
    await recordReview(input);
    const result = await expectNothingWritten(api.t.db, () =>
      recordReview({ ...input, completedDate: '2025-04-19' }),
    );
    expect(result).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      path: ['input', 'dueReviewId'],
    });
  });

  it('refuses to record a cancelled review (it will not take place: lifecycle CANCELLED)', async () => {
    const { personId, planId } = await personWithPlan();
    const due = await dueReview(personId, 'PLANNED', planId);
    await api.t.db.review.update({
      where: { id: due.id },
      data: { cancelledOn: new Date('2025-04-15T00:00:00Z'), cancellationReason: 'DECEASED' },
    });
    const input = reviewInput(personId, { dueReviewId: globalId('Review', due.id) });
    const result = await expectNothingWritten(api.t.db, () => recordReview(input));
    expect(result).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      message: 'The review is cancelled; it must be scheduled to record its outcome',
      path: ['input', 'dueReviewId'],
    });
  });

  it('refuses a reason other than the due review’s', async () => {
    const personId = await api.newPerson();
    const due = await dueReview(personId, 'UNPLANNED_SAFEGUARDING_CONCERN');
    const input = reviewInput(personId, { dueReviewId: globalId('Review', due.id) });
    const result = await expectNothingWritten(api.t.db, () => recordReview(input));
    expect(result).toMatchObject({ __typename: 'ValidationError', path: ['input', 'reason'] });
  });

  it('answers NotFound for another person’s review, another council’s person and another person’s plan', async () => {
    const { personId, planId } = await personWithPlan();
    const due = await dueReview(personId);
    const stranger = await api.newPerson();
    const cases: [Record<string, unknown>, string[]][] = [
      [
        reviewInput(stranger, { dueReviewId: globalId('Review', due.id) }),
        ['input', 'dueReviewId'],
      ],
      [reviewInput(api.otherCouncilPersonId), ['input', 'personId']],
      [reviewInput(stranger, { planId: globalId('SupportPlan', planId) }), ['input', 'planId']],
    ];
    for (const [input, path] of cases) {
      const result = await expectNothingWritten(api.t.db, () => recordReview(input));
      expect(result).toMatchObject({ __typename: 'NotFoundError', path });
    }
  });

  it('refuses a review after the person died (I-13)', async () => {
    const personId = await api.newPerson({ deathDate: new Date('2025-04-01T00:00:00Z') });
    const result = await expectNothingWritten(api.t.db, () => recordReview(reviewInput(personId)));
    expect(result).toMatchObject({ code: 'EVENT_AFTER_DEATH', path: ['input', 'completedDate'] });
  });

  it.each(['financeOfficer', 'auditor'])('refuses a %s', async (as) => {
    const input = reviewInput(await api.newPerson());
    const result = await expectNothingWritten(api.t.db, () => recordReview(input, as));
    expect(result).toMatchObject({ __typename: 'ForbiddenError' });
  });
});
