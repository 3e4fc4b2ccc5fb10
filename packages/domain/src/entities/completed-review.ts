/**
 * Recording a review that has taken place (domain.md §6.2 Review, CLD Review event): either one
 * that was due (planned, or triggered under I-11) or one recorded as it happens. The reviewer is
 * the member of staff recording it.
 */
import { z } from 'zod';
import { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';
import { Involvement } from '../code-lists/involvement.ts';
import { ReviewOutcomesAchieved } from '../code-lists/review-outcomes-achieved.ts';
import { ReviewReason } from '../code-lists/review-reason.ts';
import { SupportChange } from '../code-lists/support-change.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import {
  checkNextReviewDue,
  isNextReviewLaterThanGuidance,
  nextReviewDueDate,
} from '../rules/review-due-dates.ts';
import { checkReviewOutcome } from '../rules/review-outcome.ts';
import { addViolations, codeSchema, idSchema, isoDateSchema, textSchema } from './field-schemas.ts';

/** Input for recording a completed review; I-16 needs `outcomesAchieved` for a PLANNED one. */
export const completedReviewInputSchema = z
  .object({
    personId: idSchema,
    planId: idSchema.optional(),
    dueReviewId: idSchema.optional(),
    reason: codeSchema(ReviewReason),
    involvement: codeSchema(Involvement),
    completedDate: isoDateSchema,
    outcomesAchieved: codeSchema(ReviewOutcomesAchieved).optional(),
    supportChange: codeSchema(SupportChange).optional(),
    outcome: codeSchema(EventOutcomeR2),
    /** A planned review sets the plan's next review: by default 12 months on (I-10). */
    nextReviewDueDate: isoDateSchema.optional(),
    nextReviewLaterReason: textSchema(1000).optional(),
  })
  .superRefine((review, context) => {
    addViolations(context, checkReviewOutcome(review));
    if (review.nextReviewDueDate === undefined && review.nextReviewLaterReason === undefined) {
      return;
    }
    if (review.reason !== 'PLANNED') {
      context.addIssue({
        code: 'custom',
        message: 'Only a planned review sets the next review',
        path: [
          review.nextReviewDueDate === undefined ? 'nextReviewLaterReason' : 'nextReviewDueDate',
        ],
      });
      return;
    }
    const next = review.nextReviewDueDate;
    if (next !== undefined && compareDates(next, review.completedDate) <= 0) {
      context.addIssue({
        code: 'custom',
        message: 'The next review must be after this one',
        path: ['nextReviewDueDate'],
      });
      return;
    }
    addViolations(
      context,
      checkNextReviewDue({
        lastCompletedReviewDate: review.completedDate,
        nextReviewDueDate: next ?? nextReviewDueDate(review.completedDate),
        nextReviewLaterReason: review.nextReviewLaterReason,
      }),
    );
  });

export type CompletedReviewInput = z.output<typeof completedReviewInputSchema>;

/**
 * The next review a planned review schedules on its plan: the date given, or 12 months on; the
 * reason kept only when the date is later than guidance (I-10).
 */
export function nextReviewSchedule(review: {
  readonly completedDate: IsoDate;
  readonly nextReviewDueDate?: IsoDate | undefined;
  readonly nextReviewLaterReason?: string | undefined;
}): { readonly nextReviewDueDate: IsoDate; readonly nextReviewLaterReason: string | null } {
  const due = review.nextReviewDueDate ?? nextReviewDueDate(review.completedDate);
  const later = isNextReviewLaterThanGuidance({
    lastCompletedReviewDate: review.completedDate,
    nextReviewDueDate: due,
  });
  return {
    nextReviewDueDate: due,
    nextReviewLaterReason: later ? review.nextReviewLaterReason?.trim() || null : null,
  };
}
