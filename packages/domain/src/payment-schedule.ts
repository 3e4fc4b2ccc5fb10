/**
 * Direct payment schedules (domain.md §1.1 stage 10, §6.5): an annual amount split into equal
 * payments with the residual pence on the last one, so the payments sum exactly to the annual
 * amount (13 four-weekly payments of a weekly × 52 budget come out exact; S-15 Hampshire).
 */
import type { PaymentFrequency } from './code-lists/payment-frequency.ts';
import { addDays, addMonths, type IsoDate } from './dates.ts';
import { assertNonNegativePence, type Pence } from './money.ts';

/** Payments per year for each frequency. */
export const PAYMENTS_PER_YEAR: { readonly [K in PaymentFrequency]: number } = {
  WEEKLY: 52,
  FORTNIGHTLY: 26,
  FOUR_WEEKLY: 13,
  MONTHLY: 12,
  QUARTERLY: 4,
  ONE_OFF: 1,
};

/**
 * Splits an annual amount into the year's payments: each is ⌊annual / n⌋ and the last also
 * carries the residual (annual mod n, always < n pence), so the sum is exactly `annualPence`.
 */
export function splitAnnualIntoPayments(
  annualPence: Pence,
  frequency: PaymentFrequency,
): readonly Pence[] {
  assertNonNegativePence(annualPence, 'annualPence');
  const count = PAYMENTS_PER_YEAR[frequency];
  const base = Math.floor(annualPence / count);
  const residual = annualPence - base * count;
  return Array.from({ length: count }, (_, index) =>
    index === count - 1 ? base + residual : base,
  );
}

export interface PaymentPeriod {
  /** 0-based position in the schedule. */
  readonly index: number;
  readonly periodStart: IsoDate;
  /** End-inclusive. */
  readonly periodEnd: IsoDate;
  /** Payments are made in advance (§1.1 stage 10): due on or before the period start. */
  readonly dueDate: IsoDate;
}

export interface PaymentPeriodOptions {
  /** Days before the period start the payment is due (default 0: due on the first day). */
  readonly dueDaysBeforePeriodStart?: number;
}

function periodStartOf(startDate: IsoDate, frequency: PaymentFrequency, index: number): IsoDate {
  switch (frequency) {
    case 'WEEKLY':
      return addDays(startDate, 7 * index);
    case 'FORTNIGHTLY':
      return addDays(startDate, 14 * index);
    case 'FOUR_WEEKLY':
      return addDays(startDate, 28 * index);
    case 'MONTHLY':
      return addMonths(startDate, index);
    case 'QUARTERLY':
      return addMonths(startDate, 3 * index);
    case 'ONE_OFF':
      return startDate;
  }
}

/**
 * `count` consecutive payment periods from `startDate`. Monthly and quarterly periods are counted
 * from the start date each time (31 January → 28/29 February → 31 March), so they never drift.
 * A ONE_OFF schedule has one single-day period.
 */
export function paymentPeriods(
  startDate: IsoDate,
  frequency: PaymentFrequency,
  count: number,
  options: PaymentPeriodOptions = {},
): readonly PaymentPeriod[] {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError('count must be ≥ 0');
  if (frequency === 'ONE_OFF' && count > 1) throw new RangeError('A one-off has one period');
  const lead = options.dueDaysBeforePeriodStart ?? 0;
  return Array.from({ length: count }, (_, index) => {
    const periodStart = periodStartOf(startDate, frequency, index);
    const periodEnd =
      frequency === 'ONE_OFF'
        ? periodStart
        : addDays(periodStartOf(startDate, frequency, index + 1), -1);
    return { index, periodStart, periodEnd, dueDate: addDays(periodStart, -lead) };
  });
}

export interface ScheduledPayment extends PaymentPeriod {
  readonly amountPence: Pence;
}

/** A year's schedule: the periods from `startDate` with the split amounts. */
export function annualPaymentSchedule(
  annualPence: Pence,
  frequency: PaymentFrequency,
  startDate: IsoDate,
  options: PaymentPeriodOptions = {},
): readonly ScheduledPayment[] {
  const amounts = splitAnnualIntoPayments(annualPence, frequency);
  return paymentPeriods(startDate, frequency, amounts.length, options).map((period, index) => ({
    ...period,
    amountPence: amounts[index] ?? 0,
  }));
}
