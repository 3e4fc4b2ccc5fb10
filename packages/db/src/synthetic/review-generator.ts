import type { Involvement } from '@openpb/domain/code-lists/involvement';
import type { ReviewOutcomesAchieved } from '@openpb/domain/code-lists/review-outcomes-achieved';
import { addDays, type IsoDate, isAfter, isBefore, minDate } from '@openpb/domain/dates';
import { nextReviewDueDate } from '@openpb/domain/rules/review-due-dates';
import type { AgreementRow } from './direct-payment-generator.ts';
import type { SupportPlanRow } from './plan-generator.ts';
import type { Random } from './random.ts';
import type { RowBatch } from './row-batch.ts';
import type { StaffRow } from './staff-generator.ts';
import type { TableRows } from './tables.ts';

export type ReviewRow = TableRows['review'];

const OUTCOMES_ACHIEVED: Readonly<Record<ReviewOutcomesAchieved, number>> = {
  FULLY_MET: 45,
  PARTIALLY_MET: 42,
  NOT_MET: 13,
};

/** Share of reviews held after their due date. */
const LATE = 0.2;

/** The agreement in force on `date`, if the person has a direct payment then. */
export function agreementOn(
  agreements: readonly AgreementRow[],
  date: IsoDate,
): AgreementRow | null {
  return (
    agreements.find(
      (agreement) =>
        !isBefore(date, agreement.startDate) &&
        (agreement.endDate === null || !isAfter(date, agreement.endDate)),
    ) ?? null
  );
}

/**
 * The planned reviews of a plan version (s27; I-10): the first at its first-review due date
 * (6–8 weeks after the start), then every 12 months after the last one held, each recording
 * whether the outcomes were met (I-16). While the person has a direct payment the review is
 * also the DP review (reg 7). For a current plan the next review is scheduled; when `overdue`,
 * the latest review that fell due is left undone. A superseded plan's last review changed the
 * support. Returns the plan's next review due date.
 */
export function generatePlanReviews(
  random: Random,
  context: {
    plan: SupportPlanRow;
    reviewer: StaffRow;
    involvement: Involvement;
    agreements: readonly AgreementRow[];
    overdue: boolean;
    asOf: IsoDate;
  },
  rows: RowBatch,
): IsoDate | null {
  const { plan, asOf } = context;
  const end = plan.endDate;
  const review = (due: IsoDate, completed: IsoDate | null): ReviewRow => {
    const agreement = agreementOn(context.agreements, completed ?? minDate(due, asOf));
    const row: ReviewRow = {
      id: random.uuid(),
      councilId: plan.councilId,
      personId: plan.personId,
      planId: plan.id,
      agreementId: agreement?.id ?? null,
      reason: 'PLANNED',
      involvement: context.involvement,
      dueDate: due,
      completedDate: completed,
      outcomesAchieved: completed ? random.weighted(OUTCOMES_ACHIEVED) : null,
      isDirectPaymentReview: agreement !== null,
      outcome: completed ? 'CONTINUATION_OF_SUPPORT_OR_SERVICES' : null,
      supportChange: completed ? 'UNCHANGED' : null,
      reviewerId: context.reviewer.id,
      // the synthetic people are alive: no scheduled review is cancelled
      cancelledOn: null,
      cancellationReason: null,
    };
    rows.add('review', row);
    return row;
  };
  let due = plan.firstReviewDueDate;
  let lastHeld: ReviewRow | null = null;
  for (;;) {
    if (end !== null && isAfter(due, end)) break;
    if (isAfter(due, asOf)) {
      review(due, null);
      return due;
    }
    if (end === null && context.overdue && isAfter(nextReviewDueDate(due), asOf)) {
      review(due, null);
      return due;
    }
    const held = random.chance(LATE)
      ? addDays(due, random.int(1, 30))
      : addDays(due, -random.int(0, 21));
    const completed = minDate(minDate(held, asOf), end ?? asOf);
    lastHeld = review(due, completed);
    due = nextReviewDueDate(completed);
  }
  if (lastHeld) {
    lastHeld.supportChange = 'INCREASED';
    lastHeld.outcome = 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES';
  }
  return null;
}
