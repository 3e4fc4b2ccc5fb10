/**
 * The life of a direct payment agreement (Care Act s31–33; domain.md §4.5, §6.2): a DRAFT is
 * activated; an ACTIVE agreement may be suspended and resumed; it is terminated with a reason
 * (s33(4) must stop, s33(5) may stop, death, a move, …). Money moves only while it is ACTIVE.
 * A terminated agreement never restarts: a new agreement is set up instead.
 */
import { DirectPaymentAgreementStatus } from '../code-lists/direct-payment-agreement-status.ts';
import type { DirectPaymentTerminationReason } from '../code-lists/direct-payment-termination-reason.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import { type RuleViolation, violation } from '../rules/rule-violation.ts';
import { type Lifecycle, type Transition, transition } from './transition.ts';

export type DirectPaymentAgreementAction =
  | 'ACTIVATE'
  | 'SUSPEND'
  | 'RESUME'
  | 'TERMINATE'
  | 'MOVE_MONEY';

export const DIRECT_PAYMENT_AGREEMENT_LIFECYCLE: Lifecycle<
  DirectPaymentAgreementStatus,
  DirectPaymentAgreementAction
> = {
  record: 'agreement',
  statuses: DirectPaymentAgreementStatus.codes,
  terminal: ['TERMINATED'],
  actions: {
    ACTIVATE: { from: ['DRAFT'], to: 'ACTIVE', doing: 'activate it' },
    SUSPEND: { from: ['ACTIVE'], to: 'SUSPENDED', doing: 'suspend it' },
    RESUME: { from: ['SUSPENDED'], to: 'ACTIVE', doing: 'resume it' },
    TERMINATE: { from: ['DRAFT', 'ACTIVE', 'SUSPENDED'], to: 'TERMINATED', doing: 'end it' },
    /** Payments, spend and recoveries are posted only on an active agreement. */
    MOVE_MONEY: { from: ['ACTIVE'], to: null, doing: 'move money on it' },
  },
};

export function directPaymentAgreementTransition(
  status: DirectPaymentAgreementStatus,
  action: DirectPaymentAgreementAction,
): Transition<DirectPaymentAgreementStatus> {
  return transition(DIRECT_PAYMENT_AGREEMENT_LIFECYCLE, status, action);
}

export interface Termination {
  readonly status: 'TERMINATED';
  readonly endDate: IsoDate;
  readonly terminationReason: DirectPaymentTerminationReason;
}

export type TerminationResult =
  | { readonly ok: true; readonly termination: Termination }
  | { readonly ok: false; readonly violation: RuleViolation };

/**
 * Ends an agreement on `endDate` for `reason` (e.g. DECEASED at the date of death): the agreement
 * must not be terminated already, and it cannot end before it started (I-13).
 */
export function terminateAgreement(
  agreement: { readonly status: DirectPaymentAgreementStatus; readonly startDate: IsoDate },
  endDate: IsoDate,
  reason: DirectPaymentTerminationReason,
): TerminationResult {
  const next = directPaymentAgreementTransition(agreement.status, 'TERMINATE');
  if (!next.ok) return next;
  if (compareDates(endDate, agreement.startDate) < 0) {
    return {
      ok: false,
      violation: violation('END_BEFORE_START', 'An agreement cannot end before it started.', [
        'endDate',
      ]),
    };
  }
  return {
    ok: true,
    termination: { status: 'TERMINATED', endDate, terminationReason: reason },
  };
}
