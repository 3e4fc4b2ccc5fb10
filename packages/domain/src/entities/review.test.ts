import { describe, expect, it } from 'vitest';
import { reviewInputSchema } from './review.ts';

const review = {
  personId: 'p1',
  planId: 'plan1',
  reason: 'PLANNED',
  involvement: 'SERVICE_USER_ONLY',
  dueDate: '2024-05-13',
  reviewerId: 's1',
};

function pathsOf(input: unknown): string[] {
  const result = reviewInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('reviewInputSchema', () => {
  it('accepts a scheduled review and a completed one with outcomes', () => {
    expect(pathsOf(review)).toEqual([]);
    expect(
      pathsOf({
        ...review,
        completedDate: '2024-05-10',
        outcomesAchieved: 'FULLY_MET',
        outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
      }),
    ).toEqual([]);
  });

  it('applies I-16 at outcomesAchieved for a completed planned review', () => {
    expect(
      pathsOf({
        ...review,
        completedDate: '2024-05-10',
        outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
      }),
    ).toEqual(['outcomesAchieved']);
    const result = reviewInputSchema.safeParse({
      ...review,
      completedDate: '2024-05-10',
      outcome: 'NFA_OTHER',
    });
    expect(result.error?.issues[0]).toMatchObject({
      code: 'custom',
      params: { ruleCode: 'REVIEW_OUTCOME_REQUIRED' },
    });
  });

  it('does not need outcomes achieved for unplanned reviews', () => {
    expect(
      pathsOf({
        ...review,
        reason: 'UNPLANNED_CARER_RELATED',
        completedDate: '2024-05-10',
        outcome: 'NFA_OTHER',
      }),
    ).toEqual([]);
  });

  it('refuses results on a review that has not happened', () => {
    expect(pathsOf({ ...review, outcomesAchieved: 'NOT_MET', supportChange: 'INCREASED' })).toEqual(
      ['outcomesAchieved', 'supportChange'],
    );
  });
});
