/**
 * I-9 Direct payment net amount (S-10e; Hampshire practice S-15): on a NET basis the client
 * contribution is deducted, `net = gross − contribution`, and nothing is paid when the
 * contribution covers the gross amount. On a GROSS basis the whole amount is paid and the
 * contribution is invoiced or collected separately.
 */
import type { PaymentBasis } from '../code-lists/payment-basis.ts';
import type { Pence } from '../money.ts';
import { checkMoneyAmounts } from './money-amounts.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** Net payment on a NET basis: `max(0, gross − contribution)`. */
export function netPaymentPence(grossAmountPence: Pence, contributionDeductedPence: Pence): Pence {
  return Math.max(0, grossAmountPence - contributionDeductedPence);
}

export interface PaymentAmounts {
  readonly paymentBasis: PaymentBasis;
  readonly grossAmountPence: Pence;
  readonly contributionDeductedPence: Pence;
  readonly netAmountPence: Pence;
}

export function checkNetPayment(payment: PaymentAmounts): readonly RuleViolation[] {
  const amountProblems = checkMoneyAmounts({
    grossAmountPence: payment.grossAmountPence,
    contributionDeductedPence: payment.contributionDeductedPence,
    netAmountPence: payment.netAmountPence,
  });
  if (amountProblems.length > 0) return amountProblems;
  if (payment.paymentBasis === 'GROSS') {
    if (payment.contributionDeductedPence !== 0) {
      return [
        violation(
          'NET_PAYMENT_ARITHMETIC',
          'On a gross basis no contribution is deducted from the payment.',
          ['contributionDeductedPence'],
        ),
      ];
    }
    if (payment.netAmountPence !== payment.grossAmountPence) {
      return [
        violation(
          'NET_PAYMENT_ARITHMETIC',
          'On a gross basis the amount paid is the gross amount.',
          ['netAmountPence'],
        ),
      ];
    }
    return [];
  }
  const expected = netPaymentPence(payment.grossAmountPence, payment.contributionDeductedPence);
  if (payment.netAmountPence === expected) return [];
  return [
    violation(
      'NET_PAYMENT_ARITHMETIC',
      `The net amount must be the gross amount less the contribution (${expected}p), and never below zero.`,
      ['netAmountPence'],
    ),
  ];
}
