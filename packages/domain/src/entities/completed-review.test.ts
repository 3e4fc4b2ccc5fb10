import { describe, expect, it } from 'vitest';
import { completedReviewInputSchema } from './completed-review.ts';

const review = {
  personId: 'p1',
  reason: 'PLANNED',
  involvement: 'SERVICE_USER_ONLY',
  completedDate: '2025-06-01',
  outcomesAchieved: 'PARTIALLY_MET',
  outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
};

describe('completedReviewInputSchema', () => {
  it('accepts a planned review with its outcomes, and an unplanned one without', () => {
    expect(completedReviewInputSchema.safeParse(review).success).toBe(true);
    expect(
      completedReviewInputSchema.safeParse({
        ...review,
        reason: 'UNPLANNED_OTHER',
        outcomesAchieved: undefined,
      }).success,
    ).toBe(true);
  });

  it('applies I-16 at outcomesAchieved', () => {
    const result = completedReviewInputSchema.safeParse({ ...review, outcomesAchieved: undefined });
    expect(result.error?.issues).toMatchObject([
      { path: ['outcomesAchieved'], params: { ruleCode: 'REVIEW_OUTCOME_REQUIRED' } },
    ]);
  });
});
