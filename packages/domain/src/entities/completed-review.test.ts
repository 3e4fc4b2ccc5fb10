import { describe, expect, it } from 'vitest';
import { completedReviewInputSchema, nextReviewSchedule } from './completed-review.ts';

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

describe('the next review a planned review sets (I-10, guidance: at least every 12 months)', () => {
  const issues = (input: object) =>
    (completedReviewInputSchema.safeParse({ ...review, ...input }).error?.issues ?? []).map(
      (issue) => [
        issue.path.join('.'),
        (issue as { params?: { ruleCode?: string } }).params?.ruleCode ?? null,
      ],
    );

  it('defaults to 12 months on; an earlier date needs no reason', () => {
    expect(issues({})).toEqual([]);
    expect(nextReviewSchedule(review)).toEqual({
      nextReviewDueDate: '2026-06-01',
      nextReviewLaterReason: null,
    });
    expect(issues({ nextReviewDueDate: '2026-01-01' })).toEqual([]);
    // a reason given for a date within guidance is not kept: nothing to explain
    expect(
      nextReviewSchedule({
        ...review,
        nextReviewDueDate: '2026-01-01',
        nextReviewLaterReason: 'x',
      }),
    ).toEqual({ nextReviewDueDate: '2026-01-01', nextReviewLaterReason: null });
  });

  it('a later date is refused without a reason and allowed with one', () => {
    expect(issues({ nextReviewDueDate: '2026-08-01' })).toEqual([
      ['nextReviewDueDate', 'REVIEW_DUE_TOO_LATE'],
    ]);
    const later = { nextReviewDueDate: '2026-08-01', nextReviewLaterReason: ' Joint CHC review ' };
    expect(issues(later)).toEqual([]);
    expect(nextReviewSchedule({ ...review, ...later })).toEqual({
      nextReviewDueDate: '2026-08-01',
      nextReviewLaterReason: 'Joint CHC review',
    });
  });

  it('is set only by a planned review, and only after it', () => {
    expect(
      issues({
        reason: 'UNPLANNED_OTHER',
        outcomesAchieved: undefined,
        nextReviewDueDate: '2026-01-01',
      }),
    ).toEqual([['nextReviewDueDate', null]]);
    expect(issues({ nextReviewDueDate: '2025-06-01' })).toEqual([['nextReviewDueDate', null]]);
  });
});
