/**
 * Recording a death, and what it ends (domain.md I-13; CLD: open events are closed at the date of
 * death and no event starts after it, S-02a; Care Act s33 and the DP Regulations 2014: a direct
 * payment stops when the person dies, domain.md §4.5).
 *
 * `deathCascade` works out, from the person's records, every change the death makes:
 * - services: every line of an approved, superseded or ended plan still open after the death ends
 *   on the date of death (a line that had not started is cancelled — it never ran); an approved
 *   plan ends on the date of death (lifecycle END), a superseded or ended one is cut back to it;
 * - personal budgets: a signed-off budget ends (lifecycle END), effective to the date of death; a
 *   version not signed off yet (PROPOSED or AWAITING_SIGN_OFF) can no longer be: the s26 amount is
 *   the cost of meeting the needs of a living adult (Care Act s26(1)), so it is WITHDRAWN (lifecycle
 *   WITHDRAW, not the signer's REJECT) with reason DECEASED, at the date of death (at its own start
 *   if later); it was never in force, so no report counts it (only signed-off versions are, D21);
 * - direct payments: each agreement not terminated yet is terminated with reason DECEASED; every
 *   payment not made that is due after the death, or pays for a period starting after it, is
 *   cancelled;
 * - caring: the person's links as carer or as cared-for person end on the date of death;
 * - plans not approved yet: a DRAFT or SUBMITTED version can no longer be agreed with the person
 *   (Care Act s25: the plan is prepared with them) and is WITHDRAWN (lifecycle WITHDRAW, not the
 *   approver's REJECT), its lines cancelled — it never ran, so CLD has no service from it (S-03);
 * - open CLD events (domain.md §3.1: requests and assessments are submitted when completed, with
 *   Event_End_Date required and closed at the date of death, S-02a): an open request is closed and
 *   an assessment in progress completed on the date of death, each with outcome "NFA: Deceased";
 * - scheduled reviews that have not taken place are cancelled on the date of death with reason
 *   DECEASED: a review that never happened is no CLD event (cancelled events are excluded, S-03),
 *   and it is no longer due.
 */
import { z } from 'zod';
import type { DirectPaymentAgreementStatus } from '../code-lists/direct-payment-agreement-status.ts';
import type { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';
import type { PaymentStatus } from '../code-lists/payment-status.ts';
import type { PersonalBudgetStatus } from '../code-lists/personal-budget-status.ts';
import type { PlanLineStatus } from '../code-lists/plan-line-status.ts';
import type { SupportPlanStatus } from '../code-lists/support-plan-status.ts';
import { compareDates, type IsoDate, isAfter, maxDate } from '../dates.ts';
import {
  type Termination,
  terminateAgreement,
} from '../lifecycle/direct-payment-agreement-lifecycle.ts';
import { directPaymentTransition } from '../lifecycle/direct-payment-lifecycle.ts';
import { personalBudgetTransition } from '../lifecycle/personal-budget-lifecycle.ts';
import { reviewTransition } from '../lifecycle/review-lifecycle.ts';
import { closeLine, supportPlanTransition } from '../lifecycle/support-plan-lifecycle.ts';
import type { RuleViolation } from '../rules/rule-violation.ts';
import { idSchema, isoDateSchema } from './field-schemas.ts';
import { perDay } from './per-day.ts';

/** Input for recording a death; `today` fixes the clock: a death cannot be in the future. */
export const recordDeathInputSchema = perDay((today: IsoDate) => {
  return z.object({
    personId: idSchema,
    deathDate: isoDateSchema.refine((date) => compareDates(date, today) <= 0, {
      error: 'The date of death cannot be in the future',
    }),
  });
});

export interface PlanAtDeath {
  readonly id: string;
  readonly status: SupportPlanStatus;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly lines: readonly LineAtDeath[];
}

export interface LineAtDeath {
  readonly id: string;
  readonly status: PlanLineStatus;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
}

export interface BudgetAtDeath {
  readonly id: string;
  readonly status: PersonalBudgetStatus;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
}

export interface AgreementAtDeath {
  readonly id: string;
  readonly status: DirectPaymentAgreementStatus;
  readonly startDate: IsoDate;
}

export interface PaymentAtDeath {
  readonly id: string;
  readonly status: PaymentStatus;
  readonly dueDate: IsoDate;
  readonly periodStart: IsoDate;
}

export interface CarerLinkAtDeath {
  readonly id: string;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
}

/** A request not closed yet (closed_date null). */
export interface OpenRequestAtDeath {
  readonly id: string;
  readonly receivedDate: IsoDate;
}

/** An assessment not completed yet (completed_date null). */
export interface OpenAssessmentAtDeath {
  readonly id: string;
  readonly startDate: IsoDate;
}

/** A review scheduled and not taken place (neither completed nor cancelled). */
export interface ScheduledReviewAtDeath {
  readonly id: string;
  readonly dueDate: IsoDate;
}

export interface RecordsAtDeath {
  readonly plans: readonly PlanAtDeath[];
  readonly openRequests: readonly OpenRequestAtDeath[];
  readonly openAssessments: readonly OpenAssessmentAtDeath[];
  readonly scheduledReviews: readonly ScheduledReviewAtDeath[];
  readonly budgets: readonly BudgetAtDeath[];
  readonly agreements: readonly AgreementAtDeath[];
  readonly payments: readonly PaymentAtDeath[];
  readonly carerLinks: readonly CarerLinkAtDeath[];
}

/** Only the records that change, each with its new values. */
export interface DeathCascade {
  readonly plans: readonly { id: string; status: SupportPlanStatus; endDate: IsoDate }[];
  readonly lines: readonly { id: string; status: PlanLineStatus; endDate: IsoDate | null }[];
  readonly budgets: readonly {
    id: string;
    status: PersonalBudgetStatus;
    effectiveTo: IsoDate;
    /** Why a version not signed off was withdrawn (personal_budget.withdrawal_reason). */
    withdrawalReason: BudgetWithdrawalReason | null;
  }[];
  readonly agreements: readonly ({ id: string } & Termination)[];
  readonly cancelledPaymentIds: readonly string[];
  readonly carerLinks: readonly { id: string; validTo: IsoDate }[];
  readonly requests: readonly { id: string; closedDate: IsoDate; outcome: EventOutcomeR2 }[];
  readonly assessments: readonly { id: string; completedDate: IsoDate; outcome: EventOutcomeR2 }[];
  readonly reviews: readonly {
    id: string;
    cancelledOn: IsoDate;
    cancellationReason: ReviewCancellationReason;
  }[];
}

/** Why a budget version not signed off never will be (personal_budget.withdrawal_reason). */
export type BudgetWithdrawalReason = 'DECEASED';

/** Why a scheduled review did not take place (review.cancellation_reason). */
export type ReviewCancellationReason = 'DECEASED';

/** CLD's outcome of an event the death closed (R2 "NFA: Deceased", R1 "NFA - Deceased"). */
const DECEASED_OUTCOME: EventOutcomeR2 = 'NFA_DECEASED';

export type DeathCascadeResult =
  | { readonly ok: true; readonly cascade: DeathCascade }
  | { readonly ok: false; readonly violation: RuleViolation };

/** Plans whose lines are CLD services (S-03: services are submitted once agreed). */
const SERVICE_PLAN_STATUSES: readonly SupportPlanStatus[] = ['APPROVED', 'SUPERSEDED', 'ENDED'];

/** Plans not agreed yet, withdrawn by the death. */
const UNAGREED_PLAN_STATUSES: readonly SupportPlanStatus[] = ['DRAFT', 'SUBMITTED'];

/** Budget versions not signed off yet, withdrawn by the death. */
const UNSIGNED_BUDGET_STATUSES: readonly PersonalBudgetStatus[] = ['PROPOSED', 'AWAITING_SIGN_OFF'];

/** Ends after the death; open counts as after. */
const runsPast = (end: IsoDate | null, death: IsoDate) => end === null || isAfter(end, death);

/**
 * An end date at the death, or — for a record that had not started by then — at its own start,
 * so no period runs backwards (its lines are cancelled; it never ran).
 */
const endAtDeath = (start: IsoDate, death: IsoDate) => maxDate(start, death);

export function deathCascade(
  records: RecordsAtDeath,
  deathDate: IsoDate,
  today: IsoDate,
): DeathCascadeResult {
  const plans: DeathCascade['plans'][number][] = [];
  const lines: DeathCascade['lines'][number][] = [];
  for (const plan of records.plans) {
    if (UNAGREED_PLAN_STATUSES.includes(plan.status)) {
      const withdrawn = supportPlanTransition(plan.status, 'WITHDRAW');
      if (!withdrawn.ok) return withdrawn;
      plans.push({
        id: plan.id,
        status: withdrawn.status,
        endDate: endAtDeath(plan.startDate, deathDate),
      });
      for (const line of plan.lines) {
        const closed = closeLine(line, null, today);
        if (closed.status !== line.status) {
          lines.push({ id: line.id, status: closed.status, endDate: line.endDate });
        }
      }
      continue;
    }
    if (!SERVICE_PLAN_STATUSES.includes(plan.status)) continue;
    const ranBeforeDeath = !isAfter(plan.startDate, deathDate);
    for (const line of plan.lines) {
      const closed = closeLine(line, ranBeforeDeath ? deathDate : null, today);
      if (closed.status !== line.status || closed.endDate !== line.endDate) {
        lines.push({ id: line.id, status: closed.status, endDate: closed.endDate });
      }
    }
    // a superseded version without an end date never ran (lifecycle/version-period.ts)
    const neverRan = plan.status === 'SUPERSEDED' && plan.endDate === null;
    if (neverRan || !runsPast(plan.endDate, deathDate)) continue;
    const next = plan.status === 'APPROVED' ? supportPlanTransition(plan.status, 'END') : null;
    if (next && !next.ok) return next;
    plans.push({
      id: plan.id,
      status: next ? next.status : plan.status,
      endDate: endAtDeath(plan.startDate, deathDate),
    });
  }

  const budgets: DeathCascade['budgets'][number][] = [];
  for (const budget of records.budgets) {
    const unsigned = UNSIGNED_BUDGET_STATUSES.includes(budget.status);
    if (!unsigned && (budget.status !== 'SIGNED_OFF' || !runsPast(budget.effectiveTo, deathDate))) {
      continue;
    }
    const next = personalBudgetTransition(budget.status, unsigned ? 'WITHDRAW' : 'END');
    if (!next.ok) return next;
    budgets.push({
      id: budget.id,
      status: next.status,
      effectiveTo: endAtDeath(budget.effectiveFrom, deathDate),
      withdrawalReason: unsigned ? 'DECEASED' : null,
    });
  }

  const agreements: DeathCascade['agreements'][number][] = [];
  for (const agreement of records.agreements) {
    if (agreement.status === 'TERMINATED') continue;
    const ended = terminateAgreement(
      agreement,
      endAtDeath(agreement.startDate, deathDate),
      'DECEASED',
    );
    if (!ended.ok) return ended;
    agreements.push({ id: agreement.id, ...ended.termination });
  }

  const cancelledPaymentIds = records.payments
    .filter(
      (payment) =>
        (isAfter(payment.dueDate, deathDate) || isAfter(payment.periodStart, deathDate)) &&
        directPaymentTransition(payment.status, 'CANCEL').ok,
    )
    .map((payment) => payment.id);

  const carerLinks = records.carerLinks
    .filter((link) => runsPast(link.validTo, deathDate))
    .map((link) => ({ id: link.id, validTo: endAtDeath(link.validFrom, deathDate) }));

  const requests = records.openRequests.map((request) => ({
    id: request.id,
    closedDate: endAtDeath(request.receivedDate, deathDate),
    outcome: DECEASED_OUTCOME,
  }));
  const assessments = records.openAssessments.map((assessment) => ({
    id: assessment.id,
    completedDate: endAtDeath(assessment.startDate, deathDate),
    outcome: DECEASED_OUTCOME,
  }));
  const cancelled = reviewTransition('SCHEDULED', 'CANCEL');
  if (!cancelled.ok) return cancelled;
  const reviews = records.scheduledReviews.map((review) => ({
    id: review.id,
    cancelledOn: deathDate,
    cancellationReason: 'DECEASED' as const,
  }));

  return {
    ok: true,
    cascade: {
      plans,
      lines,
      budgets,
      agreements,
      cancelledPaymentIds,
      carerLinks,
      requests,
      assessments,
      reviews,
    },
  };
}
