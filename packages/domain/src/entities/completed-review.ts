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
import { checkReviewOutcome } from '../rules/review-outcome.ts';
import { addViolations, codeSchema, idSchema, isoDateSchema } from './field-schemas.ts';

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
  })
  .superRefine((review, context) => {
    addViolations(context, checkReviewOutcome(review));
  });

export type CompletedReviewInput = z.output<typeof completedReviewInputSchema>;
