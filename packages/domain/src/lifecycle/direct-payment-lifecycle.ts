/**
 * The life of one scheduled direct payment (domain.md §6.2 DirectPaymentSchedule / Payment):
 * SCHEDULED, then PAID (its ledger entry posted), HELD and released, FAILED and retried, or
 * CANCELLED (e.g. a payment due after the person's death). Paid and cancelled payments are final.
 */
import { PaymentStatus } from '../code-lists/payment-status.ts';
import { type Lifecycle, type Transition, transition } from './transition.ts';

export type DirectPaymentAction = 'PAY' | 'HOLD' | 'RELEASE' | 'FAIL' | 'RETRY' | 'CANCEL';

export const DIRECT_PAYMENT_LIFECYCLE: Lifecycle<PaymentStatus, DirectPaymentAction> = {
  record: 'payment',
  statuses: PaymentStatus.codes,
  terminal: ['PAID', 'CANCELLED'],
  actions: {
    PAY: { from: ['SCHEDULED'], to: 'PAID', doing: 'record it as paid' },
    HOLD: { from: ['SCHEDULED'], to: 'HELD', doing: 'hold it' },
    RELEASE: { from: ['HELD'], to: 'SCHEDULED', doing: 'release it' },
    FAIL: { from: ['SCHEDULED'], to: 'FAILED', doing: 'record it as failed' },
    RETRY: { from: ['FAILED'], to: 'SCHEDULED', doing: 'retry it' },
    CANCEL: { from: ['SCHEDULED', 'HELD', 'FAILED'], to: 'CANCELLED', doing: 'cancel it' },
  },
};

export function directPaymentTransition(
  status: PaymentStatus,
  action: DirectPaymentAction,
): Transition<PaymentStatus> {
  return transition(DIRECT_PAYMENT_LIFECYCLE, status, action);
}
