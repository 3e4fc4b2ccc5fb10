/**
 * A year of direct payments for an agreement (domain.md §1.1 stage 10, §6.5, I-9). The gross
 * amount and the person's contribution are each split over the year's payments; on a NET basis
 * each payment deducts its share of the contribution (net = gross − contribution), on a GROSS
 * basis nothing is deducted and the contribution is collected separately. Splitting the net and
 * the contribution (each with its residual pence on the last payment) keeps every payment's net
 * at or above zero and makes the year's payments sum exactly to the annual amounts.
 */
import type { PaymentBasis } from './code-lists/payment-basis.ts';
import type { PaymentFrequency } from './code-lists/payment-frequency.ts';
import type { IsoDate } from './dates.ts';
import { assertNonNegativePence, type Pence } from './money.ts';
import { type PaymentPeriod, paymentPeriods, splitAnnualIntoPayments } from './payment-schedule.ts';

export interface DirectPaymentScheduleInput {
  /** The direct payment part of the personal budget for a year. */
  readonly annualGrossPence: Pence;
  /** The person's assessed contribution taken against the direct payment for a year. */
  readonly annualContributionPence: Pence;
  readonly paymentBasis: PaymentBasis;
  readonly paymentFrequency: PaymentFrequency;
  readonly firstPeriodStart: IsoDate;
}

export interface ScheduledDirectPayment extends PaymentPeriod {
  readonly grossAmountPence: Pence;
  readonly contributionDeductedPence: Pence;
  /** What the council pays into the account (I-9). */
  readonly netAmountPence: Pence;
}

/** The year's contribution deducted from the payments: all of it on NET, none on GROSS, never above gross. */
export function annualContributionDeductedPence(input: DirectPaymentScheduleInput): Pence {
  assertNonNegativePence(input.annualGrossPence, 'annualGrossPence');
  assertNonNegativePence(input.annualContributionPence, 'annualContributionPence');
  if (input.paymentBasis === 'GROSS') return 0;
  return Math.min(input.annualContributionPence, input.annualGrossPence);
}

/** The payments of one year from `firstPeriodStart`, summing exactly to the annual amounts. */
export function directPaymentSchedule(
  input: DirectPaymentScheduleInput,
): readonly ScheduledDirectPayment[] {
  const contribution = annualContributionDeductedPence(input);
  const nets = splitAnnualIntoPayments(
    input.annualGrossPence - contribution,
    input.paymentFrequency,
  );
  const contributions = splitAnnualIntoPayments(contribution, input.paymentFrequency);
  return paymentPeriods(input.firstPeriodStart, input.paymentFrequency, nets.length).map(
    (period, index) => {
      const net = nets[index] ?? 0;
      const deducted = contributions[index] ?? 0;
      return {
        ...period,
        grossAmountPence: net + deducted,
        contributionDeductedPence: deducted,
        netAmountPence: net,
      };
    },
  );
}
