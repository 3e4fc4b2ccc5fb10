/**
 * Reviews of the care and support plan (Care Act s27) and of direct payments (DP Regs reg 7);
 * domain.md §6.2 Review. CLD records them as Review events with a Review Reason, a Method of
 * Review and, for planned reviews, Review Outcomes Achieved (S-03, S-02a).
 */
import { z } from 'zod';
import { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';
import { Involvement } from '../code-lists/involvement.ts';
import { ReviewOutcomesAchieved } from '../code-lists/review-outcomes-achieved.ts';
import { ReviewReason } from '../code-lists/review-reason.ts';
import { SupportChange } from '../code-lists/support-change.ts';
import type { IsoDate } from '../dates.ts';
import { checkReviewOutcome } from '../rules/review-outcome.ts';
import { addViolations, codeSchema, idSchema, isoDateSchema } from './field-schemas.ts';

export interface Review {
  readonly id: string;
  readonly councilId: string;
  readonly personId: string;
  readonly planId: string;
  readonly reason: ReviewReason;
  readonly involvement: Involvement;
  readonly dueDate: IsoDate;
  readonly completedDate: IsoDate | null;
  /** Required once a PLANNED review is completed (I-16). */
  readonly outcomesAchieved: ReviewOutcomesAchieved | null;
  readonly isDirectPaymentReview: boolean;
  readonly outcome: EventOutcomeR2 | null;
  /** SALT LTS002 concepts that CLD lacks (S-01e). */
  readonly supportChange: SupportChange | null;
  readonly reviewerId: string;
}

/** Input for recording a review (scheduled or completed). */
export const reviewInputSchema = z
  .object({
    personId: idSchema,
    planId: idSchema,
    reason: codeSchema(ReviewReason),
    involvement: codeSchema(Involvement),
    dueDate: isoDateSchema,
    completedDate: isoDateSchema.optional(),
    outcomesAchieved: codeSchema(ReviewOutcomesAchieved).optional(),
    isDirectPaymentReview: z.boolean().default(false),
    outcome: codeSchema(EventOutcomeR2).optional(),
    supportChange: codeSchema(SupportChange).optional(),
    reviewerId: idSchema,
  })
  .superRefine((review, context) => {
    addViolations(
      context,
      checkReviewOutcome({ ...review, completedDate: review.completedDate ?? null }),
    );
    if (review.completedDate === undefined) {
      for (const field of ['outcomesAchieved', 'outcome', 'supportChange'] as const) {
        if (review[field] !== undefined) {
          context.addIssue({
            code: 'custom',
            message: 'Record this when the review is completed',
            path: [field],
          });
        }
      }
    } else if (review.outcome === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'A completed review needs an outcome',
        path: ['outcome'],
      });
    }
  });

export type ReviewInput = z.output<typeof reviewInputSchema>;
