import { describe, expect, it } from 'vitest';
import { checkReviewOutcome } from './review-outcome.ts';

describe('I-16 review outcome', () => {
  it('passes a planned review with an outcome, and unplanned reviews without', () => {
    expect(
      checkReviewOutcome({
        reason: 'PLANNED',
        outcomesAchieved: 'PARTIALLY_MET',
        completedDate: '2024-06-01',
      }),
    ).toEqual([]);
    expect(
      checkReviewOutcome({ reason: 'UNPLANNED_HOSPITAL', completedDate: '2024-06-01' }),
    ).toEqual([]);
  });

  it('does not ask for an outcome before the review has taken place', () => {
    expect(checkReviewOutcome({ reason: 'PLANNED', completedDate: null })).toEqual([]);
  });

  it('fails with REVIEW_OUTCOME_REQUIRED at outcomesAchieved', () => {
    expect(checkReviewOutcome({ reason: 'PLANNED', completedDate: '2024-06-01' })).toEqual([
      { code: 'REVIEW_OUTCOME_REQUIRED', message: expect.any(String), path: ['outcomesAchieved'] },
    ]);
    expect(checkReviewOutcome({ reason: 'PLANNED', outcomesAchieved: null })[0]?.code).toBe(
      'REVIEW_OUTCOME_REQUIRED',
    );
  });
});
