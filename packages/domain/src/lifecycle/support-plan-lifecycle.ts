/**
 * The life of a care and support plan version (Care Act s24–25; domain.md §6.2 SupportPlan, cf.
 * Hackney's package statuses [S-07]): a DRAFT is revised and submitted; a SUBMITTED version is
 * approved or rejected; an APPROVED version is superseded by the next approved one, or ended. A
 * version not yet approved is WITHDRAWN when it can no longer be (the person died): it never ran.
 * Approved versions are immutable (§6.1), so nothing leads back to APPROVED.
 */

import { z } from 'zod';
import type { PlanLineStatus } from '../code-lists/plan-line-status.ts';
import { SupportPlanStatus } from '../code-lists/support-plan-status.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import type { RuleViolation } from '../rules/rule-violation.ts';
import { type Lifecycle, type Transition, transition } from './transition.ts';
import { supersededPeriod } from './version-period.ts';

export type SupportPlanAction =
  | 'REVISE'
  | 'SUBMIT'
  | 'APPROVE'
  | 'REJECT'
  | 'SUPERSEDE'
  | 'END'
  | 'WITHDRAW'
  | 'AGREE_BUDGET';

export const SUPPORT_PLAN_LIFECYCLE: Lifecycle<SupportPlanStatus, SupportPlanAction> = {
  record: 'plan',
  statuses: SupportPlanStatus.codes,
  terminal: ['REJECTED', 'SUPERSEDED', 'ENDED', 'WITHDRAWN'],
  actions: {
    REVISE: { from: ['DRAFT'], to: null, doing: 'revise it' },
    SUBMIT: { from: ['DRAFT'], to: 'SUBMITTED', doing: 'submit it' },
    APPROVE: { from: ['SUBMITTED'], to: 'APPROVED', doing: 'approve it' },
    REJECT: { from: ['SUBMITTED'], to: 'REJECTED', doing: 'reject it' },
    SUPERSEDE: { from: ['APPROVED'], to: 'SUPERSEDED', doing: 'supersede it' },
    END: { from: ['APPROVED'], to: 'ENDED', doing: 'end it' },
    /** Closed before approval, not refused on its merits (REJECT is the approver's decision). */
    WITHDRAW: { from: ['DRAFT', 'SUBMITTED'], to: 'WITHDRAWN', doing: 'withdraw it' },
    /** s26: the personal budget is agreed for the plan that was approved. */
    AGREE_BUDGET: { from: ['APPROVED'], to: null, doing: 'agree its personal budget' },
  },
};

export function supportPlanTransition(
  status: SupportPlanStatus,
  action: SupportPlanAction,
): Transition<SupportPlanStatus> {
  return transition(SUPPORT_PLAN_LIFECYCLE, status, action);
}

export interface PlanLineDates {
  readonly status: PlanLineStatus;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
}

/**
 * A line of a plan version that stops at `planEnd` (null: the version never ran). A line that
 * never ran is CANCELLED (CLD leaves cancelled events out, S-03); one still open past the end is
 * cut back to it, and marked ENDED once that date has passed (an ENDED line has an end date on or
 * before today); a line already over is left as it is.
 */
export function closeLine<L extends PlanLineDates>(
  line: L,
  planEnd: IsoDate | null,
  today: IsoDate,
): L {
  if (line.status === 'CANCELLED') return line;
  if (planEnd === null || compareDates(line.startDate, planEnd) > 0) {
    return line.status === 'ENDED' ? line : { ...line, status: 'CANCELLED' };
  }
  if (line.endDate !== null && compareDates(line.endDate, planEnd) <= 0) return line;
  return {
    ...line,
    endDate: planEnd,
    status: compareDates(planEnd, today) <= 0 ? 'ENDED' : line.status,
  };
}

export type SupersededPlan<L extends PlanLineDates> =
  | {
      readonly ok: true;
      readonly status: 'SUPERSEDED';
      readonly endDate: IsoDate | null;
      readonly lines: readonly L[];
    }
  | { readonly ok: false; readonly violation: RuleViolation };

/**
 * The approved version when its successor starts on `successorStart`: SUPERSEDED, ending the day
 * before (no end date if it never ran — see version-period.ts), its lines closed with it so no
 * line runs past its plan.
 */
export function supersedeSupportPlan<L extends PlanLineDates>(
  plan: {
    readonly status: SupportPlanStatus;
    readonly startDate: IsoDate;
    readonly endDate: IsoDate | null;
    readonly lines: readonly L[];
  },
  successorStart: IsoDate,
  today: IsoDate,
): SupersededPlan<L> {
  const next = supportPlanTransition(plan.status, 'SUPERSEDE');
  if (!next.ok) return next;
  const period = supersededPeriod({ from: plan.startDate, to: plan.endDate }, successorStart);
  return {
    ok: true,
    status: 'SUPERSEDED',
    endDate: period.to,
    lines: plan.lines.map((line) => closeLine(line, period.to, today)),
  };
}

/**
 * Why an approver rejects a plan version (D90): required, trimmed, a sentence or two for the worker
 * and the person (not a case note). The API parses its input with it.
 */
export const rejectionReason = z.string().trim().min(1).max(2000);

export type RejectedPlan<L extends PlanLineDates> =
  | {
      readonly ok: true;
      readonly status: 'REJECTED';
      readonly reason: string;
      readonly lines: readonly L[];
    }
  | { readonly ok: false; readonly violation: RuleViolation };

/**
 * The approver's refusal of a SUBMITTED version on its merits (the REJECT action, D90): it becomes
 * REJECTED, a final status — approved and rejected versions are both kept as they were decided
 * (§6.1), and the worker drafts the next version with what the approver asked for. The version
 * never ran, so its lines are CANCELLED (closeLine with no end, as for a withdrawn version). The
 * reason is kept as `rejectionReason` parses it.
 */
export function rejectSupportPlan<L extends PlanLineDates>(
  plan: { readonly status: SupportPlanStatus; readonly lines: readonly L[] },
  reason: string,
  today: IsoDate,
): RejectedPlan<L> {
  const next = supportPlanTransition(plan.status, 'REJECT');
  if (!next.ok) return next;
  return {
    ok: true,
    status: 'REJECTED',
    reason: rejectionReason.parse(reason),
    lines: plan.lines.map((line) => closeLine(line, null, today)),
  };
}
