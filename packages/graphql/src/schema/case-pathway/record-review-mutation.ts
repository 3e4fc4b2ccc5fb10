import type { Prisma } from '@openpb/db/client';
import { EventOutcomeR2 } from '@openpb/domain/code-lists/event-outcome-r2';
import { Involvement } from '@openpb/domain/code-lists/involvement';
import { ReviewOutcomesAchieved } from '@openpb/domain/code-lists/review-outcomes-achieved';
import { ReviewReason } from '@openpb/domain/code-lists/review-reason';
import { SupportChange } from '@openpb/domain/code-lists/support-change';
import {
  completedReviewInputSchema,
  nextReviewSchedule,
} from '@openpb/domain/entities/completed-review';
import { reviewStatusOf, reviewTransition } from '@openpb/domain/lifecycle/review-lifecycle';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonRef } from '../person.ts';
import { SupportPlanRef } from '../planning/support-plan.ts';
import { checkEventDatesAgainstDeath } from './event-dates-against-death.ts';
import { referencedPerson } from './referenced-records.ts';
import { ReviewRef } from './review.ts';

const RecordReviewInput = builder.inputType('RecordReviewInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef }),
    dueReviewId: t.globalID({
      for: ReviewRef,
      required: false,
      description:
        'The due review of this person that took place; leave it out to record a review that was not scheduled.',
    }),
    planId: t.globalID({
      for: SupportPlanRef,
      required: false,
      description: 'The plan version reviewed; defaults to the due review’s plan.',
    }),
    reason: t.field({
      type: codeEnum(ReviewReason),
      description: 'For a due review, its own reason.',
    }),
    involvement: t.field({ type: codeEnum(Involvement) }),
    completedDate: t.field({
      type: 'Date',
      description: 'When the review took place; not after the person’s death (I-13).',
    }),
    outcomesAchieved: t.field({
      type: codeEnum(ReviewOutcomesAchieved),
      required: false,
      description: 'Required for a PLANNED review (I-16).',
    }),
    supportChange: t.field({ type: codeEnum(SupportChange), required: false }),
    outcome: t.field({ type: codeEnum(EventOutcomeR2) }),
    nextReviewDueDate: t.field({
      type: 'Date',
      required: false,
      description:
        'For a planned plan review: when the next review is due. Defaults to 12 months on, the most statutory guidance allows (I-10); a later date needs nextReviewLaterReason.',
    }),
    nextReviewLaterReason: t.string({
      required: false,
      description:
        'Why the next review is later than 12 months on (guidance may be departed from with good reason); kept only when it is, and shown in reviewsOverdue.',
    }),
  }),
});

builder.mutationField('recordReview', (t) =>
  t.field({
    type: ReviewRef,
    description:
      'Records a review that took place, with you as the reviewer: completes a due review or records a new one. A planned plan review sets the plan’s next review: 12 months on, or the date given (later only with a recorded reason; I-10).',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RecordReviewInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Forbidden],
      dataField: { name: 'review' },
    },
    resolve: async (_root, { input }, context) => {
      const review = parseInput(completedReviewInputSchema, {
        ...input,
        personId: input.personId.id,
        dueReviewId: input.dueReviewId?.id,
        planId: input.planId?.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'recordReview', async (tx, events) => {
        events.fromResult('review.completed');
        const reviewer = await actingStaff(tx, context);
        const person = await referencedPerson(tx, councilId, review.personId, [
          'input',
          'personId',
        ]);
        const due =
          review.dueReviewId === undefined
            ? null
            : await tx.review.findFirst({
                where: { ...tenantRowWhere(review.dueReviewId, councilId), personId: person.id },
              });
        if (review.dueReviewId !== undefined && !due) {
          throw new NotFound('review of this person', ['input', 'dueReviewId']);
        }
        if (due) {
          // a review is completed once, and never once cancelled (lifecycle/review-lifecycle.ts)
          allowedOrInvalidState(
            reviewTransition(
              reviewStatusOf({
                completedDate: due.completedDate === null ? null : fromDbDate(due.completedDate),
                cancelledOn: due.cancelledOn === null ? null : fromDbDate(due.cancelledOn),
              }),
              'COMPLETE',
            ),
            ['input', 'dueReviewId'],
          );
        }
        if (due && due.reason !== review.reason) {
          throw new ValidationFailed([
            {
              path: ['reason'],
              message: `The due review's reason is ${due.reason}`,
              code: 'INVALID_VALUE',
            },
          ]);
        }
        if (review.planId !== undefined) {
          const plan = await tx.supportPlan.findFirst({
            where: { ...tenantRowWhere(review.planId, councilId), personId: person.id },
            select: { id: true },
          });
          if (!plan) throw new NotFound('support plan of this person', ['input', 'planId']);
        }
        enforce(
          checkEventDatesAgainstDeath(
            {
              eventType: 'REVIEW',
              startDate: review.completedDate,
              endDate: review.completedDate,
              fields: { startDate: 'completedDate', endDate: 'completedDate' },
            },
            person.deathDate,
          ),
        );
        const planId = review.planId ?? due?.planId ?? null;
        if (planId === null && review.nextReviewDueDate !== undefined) {
          throw new ValidationFailed([
            {
              path: ['nextReviewDueDate'],
              message: 'There is no plan to schedule the next review on (give planId)',
              code: 'INVALID_VALUE',
            },
          ]);
        }
        const record = {
          planId,
          involvement: review.involvement,
          completedDate: toDbDate(review.completedDate),
          outcomesAchieved: review.outcomesAchieved ?? null,
          supportChange: review.supportChange ?? null,
          outcome: review.outcome,
          reviewerId: reviewer.id,
        };
        const saved = due
          ? await completeDueReview(tx, due.id, record)
          : await tx.review.create({
              data: {
                ...record,
                councilId,
                personId: person.id,
                reason: review.reason,
                dueDate: toDbDate(review.completedDate),
              },
            });
        if (review.reason === 'PLANNED' && planId !== null) {
          const next = nextReviewSchedule(review);
          await tx.supportPlan.update({
            where: { id: planId },
            data: {
              nextReviewDueDate: toDbDate(next.nextReviewDueDate),
              nextReviewLaterReason: next.nextReviewLaterReason,
            },
          });
        }
        return saved;
      });
    },
  }),
);

/**
 * Records the outcome on a due review. The update only matches a review not completed yet, so
 * of two concurrent recordings of the same review one wins and the other is an InvalidState.
 */
async function completeDueReview(
  tx: Prisma.TransactionClient,
  reviewId: string,
  record: Prisma.ReviewUncheckedUpdateManyInput,
) {
  const { count } = await tx.review.updateMany({
    where: { id: reviewId, completedDate: null, cancelledOn: null },
    data: record,
  });
  if (count === 0) {
    throw new InvalidState('This review has been recorded or cancelled already', [
      'input',
      'dueReviewId',
    ]);
  }
  return tx.review.findUniqueOrThrow({ where: { id: reviewId } });
}
