/**
 * I-10 Review due dates.
 * - Plan reviews follow statutory guidance (Care and Support Statutory Guidance ch. 13; s27 sets
 *   no frequency) [S-10c]: a first review 6–8 weeks after a new plan — due ≤ start + 56 days, with
 *   a warning after 42 (both configurable in `LaPolicy`) — then at least every 12 months (due ≤
 *   last completed review + 12 months). Guidance may be departed from with good reason, so a later
 *   first or next review is allowed when the reason is recorded (a warning, shown in reports), and
 *   refused only without one.
 * - Direct payments are regulation, not guidance (Care and Support (Direct Payments) Regulations
 *   2014 reg 7, S-09f): first review ≤ agreement start + 6 months, then at intervals of at most 12
 *   months — a later date is refused.
 */
import { addDays, addMonths, compareDates, type IsoDate } from '../dates.ts';
import { DEFAULT_LA_POLICY, type LaPolicy } from '../entities/council-policy.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export type ReviewPolicy = Pick<LaPolicy, 'firstReviewMaxDays' | 'firstReviewTargetDays'>;

export const ANNUAL_REVIEW_MONTHS = 12;
export const FIRST_DP_REVIEW_MONTHS = 6;
export const DP_REVIEW_INTERVAL_MONTHS = 12;

/** Latest allowed first review of a plan: start + 56 days by default. */
export function firstReviewDueDate(
  planStartDate: IsoDate,
  policy: ReviewPolicy = DEFAULT_LA_POLICY,
): IsoDate {
  return addDays(planStartDate, policy.firstReviewMaxDays);
}

/** Target date for the first review (start + 42 days by default); later dates get a warning. */
export function firstReviewTargetDate(
  planStartDate: IsoDate,
  policy: ReviewPolicy = DEFAULT_LA_POLICY,
): IsoDate {
  return addDays(planStartDate, policy.firstReviewTargetDays);
}

/** Latest allowed next review: the last completed review + 12 months. */
export function nextReviewDueDate(lastCompletedReviewDate: IsoDate): IsoDate {
  return addMonths(lastCompletedReviewDate, ANNUAL_REVIEW_MONTHS);
}

/** Latest allowed first DP review: agreement start + 6 months (reg 7). */
export function firstDpReviewDueDate(agreementStartDate: IsoDate): IsoDate {
  return addMonths(agreementStartDate, FIRST_DP_REVIEW_MONTHS);
}

/** Latest allowed next DP review: the last DP review + 12 months (reg 7). */
export function nextDpReviewDueDate(lastDpReviewDate: IsoDate): IsoDate {
  return addMonths(lastDpReviewDate, DP_REVIEW_INTERVAL_MONTHS);
}

function tooLate(
  due: IsoDate,
  latest: IsoDate,
  path: readonly string[],
  what: string,
): RuleViolation[] {
  if (compareDates(due, latest) <= 0) return [];
  return [violation('REVIEW_DUE_TOO_LATE', `${what} must be due by ${latest}.`, path)];
}

/** Whether a plan's first review is scheduled later than the guidance (start + max days). */
export function isFirstReviewLaterThanGuidance(
  plan: { readonly startDate: IsoDate; readonly firstReviewDueDate: IsoDate },
  policy: ReviewPolicy = DEFAULT_LA_POLICY,
): boolean {
  return compareDates(plan.firstReviewDueDate, firstReviewDueDate(plan.startDate, policy)) > 0;
}

/**
 * Plan: the first review is due no later than start + max days unless a reason for the later date
 * is recorded (then a warning); warns after the target.
 */
export function checkFirstReviewDue(
  plan: {
    readonly startDate: IsoDate;
    readonly firstReviewDueDate: IsoDate;
    readonly firstReviewLaterReason?: string | null | undefined;
  },
  policy: ReviewPolicy = DEFAULT_LA_POLICY,
): readonly RuleViolation[] {
  if (isFirstReviewLaterThanGuidance(plan, policy)) {
    return laterThanGuidance('first', {
      due: plan.firstReviewDueDate,
      latest: firstReviewDueDate(plan.startDate, policy),
      reason: plan.firstReviewLaterReason,
    });
  }
  const target = firstReviewTargetDate(plan.startDate, policy);
  if (compareDates(plan.firstReviewDueDate, target) > 0) {
    return [
      violation(
        'REVIEW_DUE_AFTER_TARGET',
        `The first review is due after the ${policy.firstReviewTargetDays}-day target (${target}).`,
        ['firstReviewDueDate'],
        'warning',
      ),
    ];
  }
  return [];
}

/** Whether a plan's next review is scheduled later than guidance (last review + 12 months). */
export function isNextReviewLaterThanGuidance(input: {
  readonly lastCompletedReviewDate: IsoDate;
  readonly nextReviewDueDate: IsoDate;
}): boolean {
  return (
    compareDates(input.nextReviewDueDate, nextReviewDueDate(input.lastCompletedReviewDate)) > 0
  );
}

/**
 * Plan: the next review is due within 12 months of the last completed review — statutory guidance
 * (Care and Support Statutory Guidance 13.32, "no later than every 12 months"), so, as for the
 * first review, a later date is allowed when the reason is recorded (a warning, shown in reports)
 * and refused only without one.
 */
export function checkNextReviewDue(input: {
  readonly lastCompletedReviewDate: IsoDate;
  readonly nextReviewDueDate: IsoDate;
  readonly nextReviewLaterReason?: string | null | undefined;
}): readonly RuleViolation[] {
  if (!isNextReviewLaterThanGuidance(input)) return [];
  return laterThanGuidance('next', {
    due: input.nextReviewDueDate,
    latest: nextReviewDueDate(input.lastCompletedReviewDate),
    reason: input.nextReviewLaterReason,
  });
}

/**
 * A review scheduled after guidance's latest date: refused without a recorded reason, a warning
 * with one (`firstReviewDueDate`/`firstReviewLaterReason`, or the `next…` pair).
 */
function laterThanGuidance(
  which: 'first' | 'next',
  review: {
    readonly due: IsoDate;
    readonly latest: IsoDate;
    readonly reason: string | null | undefined;
  },
): readonly RuleViolation[] {
  const reason = review.reason?.trim() ?? '';
  const path = [`${which}ReviewDueDate`];
  return reason === ''
    ? [
        violation(
          'REVIEW_DUE_TOO_LATE',
          `Guidance puts the ${which} review by ${review.latest}; record why it is later (${which}ReviewLaterReason) to schedule it on ${review.due}.`,
          path,
        ),
      ]
    : [
        violation(
          'REVIEW_DUE_TOO_LATE',
          `The ${which} review is scheduled later than guidance (${review.latest}): ${reason}`,
          path,
          'warning',
        ),
      ];
}

/** DP agreement: first review within 6 months of the start, then within 12 months of the last. */
export function checkDpReviewDue(input: {
  readonly startDate: IsoDate;
  readonly firstReviewDueDate: IsoDate;
  readonly lastDpReviewDate?: IsoDate | null | undefined;
  readonly nextReviewDueDate?: IsoDate | null | undefined;
}): readonly RuleViolation[] {
  const problems = tooLate(
    input.firstReviewDueDate,
    firstDpReviewDueDate(input.startDate),
    ['firstReviewDueDate'],
    'The first direct payment review',
  );
  if (input.lastDpReviewDate != null && input.nextReviewDueDate != null) {
    problems.push(
      ...tooLate(
        input.nextReviewDueDate,
        nextDpReviewDueDate(input.lastDpReviewDate),
        ['nextReviewDueDate'],
        'The next direct payment review',
      ),
    );
  }
  return problems;
}

/** Whether a plan's first review is overdue on `today` (metric "overdue first reviews", §6.6). */
export function isFirstReviewOverdue(
  planStartDate: IsoDate,
  completedReviewDates: readonly IsoDate[],
  today: IsoDate,
  policy: ReviewPolicy = DEFAULT_LA_POLICY,
): boolean {
  const reviewedSinceStart = completedReviewDates.some(
    (date) => compareDates(date, planStartDate) >= 0,
  );
  return !reviewedSinceStart && compareDates(today, firstReviewDueDate(planStartDate, policy)) > 0;
}
