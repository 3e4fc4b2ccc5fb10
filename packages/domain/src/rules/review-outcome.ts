/**
 * I-16 Review outcome (DHSC data-quality rules S-02a): a completed PLANNED review must record
 * whether the personal outcomes were achieved (Fully / Partially / Not met, S-03).
 */
import type { ReviewOutcomesAchieved } from '../code-lists/review-outcomes-achieved.ts';
import type { ReviewReason } from '../code-lists/review-reason.ts';
import type { IsoDate } from '../dates.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface ReviewOutcomeInput {
  readonly reason: ReviewReason;
  readonly outcomesAchieved?: ReviewOutcomesAchieved | null | undefined;
  /**
   * `null` = the review has not taken place yet, so no outcome can be recorded; a date or
   * `undefined` (not given) means the review is checked as completed.
   */
  readonly completedDate?: IsoDate | null | undefined;
}

export function checkReviewOutcome(review: ReviewOutcomeInput): readonly RuleViolation[] {
  if (review.reason !== 'PLANNED' || review.completedDate === null) return [];
  if (review.outcomesAchieved != null) return [];
  return [
    violation(
      'REVIEW_OUTCOME_REQUIRED',
      'A planned review must record whether the outcomes were fully, partially or not met.',
      ['outcomesAchieved'],
    ),
  ];
}
