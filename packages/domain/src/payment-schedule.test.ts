import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PaymentFrequency } from './code-lists/payment-frequency.ts';
import { daysInclusive } from './dates.ts';
import { sumPence } from './money.ts';
import {
  annualPaymentSchedule,
  PAYMENTS_PER_YEAR,
  paymentPeriods,
  splitAnnualIntoPayments,
} from './payment-schedule.ts';

describe('splitAnnualIntoPayments', () => {
  it('gives 13 equal four-weekly payments of a weekly × 52 budget', () => {
    const payments = splitAnnualIntoPayments(30000 * 52, 'FOUR_WEEKLY');
    expect(payments).toHaveLength(13);
    expect(new Set(payments)).toEqual(new Set([120000]));
  });

  it('puts the residual pence on the last payment', () => {
    expect(splitAnnualIntoPayments(1000, 'MONTHLY')).toEqual([
      83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 83, 87,
    ]);
    expect(splitAnnualIntoPayments(5, 'QUARTERLY')).toEqual([1, 1, 1, 2]);
    expect(splitAnnualIntoPayments(777, 'ONE_OFF')).toEqual([777]);
    expect(splitAnnualIntoPayments(0, 'WEEKLY')).toHaveLength(52);
  });

  it('rejects negative or fractional amounts', () => {
    expect(() => splitAnnualIntoPayments(-1, 'MONTHLY')).toThrow(RangeError);
    expect(() => splitAnnualIntoPayments(10.5, 'MONTHLY')).toThrow(RangeError);
  });

  it('always sums to the annual amount and differs by at most the residual (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.constantFrom(...PaymentFrequency.codes),
        (annual, frequency) => {
          const payments = splitAnnualIntoPayments(annual, frequency);
          const count = PAYMENTS_PER_YEAR[frequency];
          expect(payments).toHaveLength(count);
          expect(sumPence(payments)).toBe(annual);
          const residual = annual % count;
          const smallest = Math.min(...payments);
          for (const payment of payments) {
            expect(Number.isSafeInteger(payment)).toBe(true);
            expect(payment - smallest).toBeLessThanOrEqual(residual);
          }
          expect(residual).toBeLessThan(count);
        },
      ),
    );
  });
});

describe('paymentPeriods', () => {
  it('four-weekly periods are 28 days, contiguous, due on the first day', () => {
    const periods = paymentPeriods('2024-04-01', 'FOUR_WEEKLY', 13);
    expect(periods[0]).toEqual({
      index: 0,
      periodStart: '2024-04-01',
      periodEnd: '2024-04-28',
      dueDate: '2024-04-01',
    });
    expect(periods[12]?.periodEnd).toBe('2025-03-30');
    for (const period of periods)
      expect(daysInclusive(period.periodStart, period.periodEnd)).toBe(28);
  });

  it('monthly periods clamp to month ends without drifting', () => {
    const periods = paymentPeriods('2024-01-31', 'MONTHLY', 3);
    expect(periods.map((p) => [p.periodStart, p.periodEnd])).toEqual([
      ['2024-01-31', '2024-02-28'],
      ['2024-02-29', '2024-03-30'],
      ['2024-03-31', '2024-04-29'],
    ]);
  });

  it('supports paying before the period starts', () => {
    const [first] = paymentPeriods('2024-04-01', 'QUARTERLY', 1, { dueDaysBeforePeriodStart: 5 });
    expect(first).toEqual({
      index: 0,
      periodStart: '2024-04-01',
      periodEnd: '2024-06-30',
      dueDate: '2024-03-27',
    });
  });

  it('a one-off has a single one-day period', () => {
    expect(paymentPeriods('2024-04-01', 'ONE_OFF', 1)).toEqual([
      { index: 0, periodStart: '2024-04-01', periodEnd: '2024-04-01', dueDate: '2024-04-01' },
    ]);
    expect(() => paymentPeriods('2024-04-01', 'ONE_OFF', 2)).toThrow(RangeError);
  });

  it('annualPaymentSchedule joins periods and amounts', () => {
    const schedule = annualPaymentSchedule(1000, 'QUARTERLY', '2024-04-01');
    expect(schedule.map((p) => p.amountPence)).toEqual([250, 250, 250, 250]);
    expect(schedule[3]?.periodEnd).toBe('2025-03-31');
  });
});
