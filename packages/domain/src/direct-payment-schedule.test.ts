import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PaymentFrequency } from './code-lists/payment-frequency.ts';
import { directPaymentSchedule } from './direct-payment-schedule.ts';
import { sumPence } from './money.ts';
import { checkNetPayment } from './rules/net-payment.ts';

const base = {
  annualGrossPence: 1_300_013,
  annualContributionPence: 260_001,
  paymentBasis: 'NET',
  paymentFrequency: 'FOUR_WEEKLY',
  firstPeriodStart: '2026-04-06',
} as const;

describe('directPaymentSchedule', () => {
  it('pays 13 four-weekly nets that sum exactly to gross − contribution', () => {
    const payments = directPaymentSchedule(base);
    expect(payments).toHaveLength(13);
    expect(sumPence(payments.map((p) => p.netAmountPence))).toBe(1_040_012);
    expect(sumPence(payments.map((p) => p.grossAmountPence))).toBe(1_300_013);
    expect(sumPence(payments.map((p) => p.contributionDeductedPence))).toBe(260_001);
    expect(payments[0]).toMatchObject({
      periodStart: '2026-04-06',
      periodEnd: '2026-05-03',
      netAmountPence: 80_000,
      contributionDeductedPence: 20_000,
    });
    expect(payments[12]).toMatchObject({ periodEnd: '2027-04-04', netAmountPence: 80_012 });
  });

  it('deducts nothing on a GROSS basis', () => {
    const payments = directPaymentSchedule({ ...base, paymentBasis: 'GROSS' });
    expect(payments.every((p) => p.contributionDeductedPence === 0)).toBe(true);
    expect(sumPence(payments.map((p) => p.netAmountPence))).toBe(1_300_013);
  });

  it('never pays below zero when the contribution covers the gross amount', () => {
    const payments = directPaymentSchedule({ ...base, annualContributionPence: 2_000_000 });
    expect(payments.every((p) => p.netAmountPence === 0)).toBe(true);
  });

  it('keeps I-9 on every payment and the sums exact (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 0, max: 1e9 }),
        fc.constantFrom('NET', 'GROSS' as const),
        fc.constantFrom(...PaymentFrequency.codes),
        (gross, contribution, paymentBasis, paymentFrequency) => {
          const payments = directPaymentSchedule({
            annualGrossPence: gross,
            annualContributionPence: contribution,
            paymentBasis,
            paymentFrequency,
            firstPeriodStart: '2026-04-01',
          });
          expect(sumPence(payments.map((p) => p.grossAmountPence))).toBe(gross);
          for (const payment of payments)
            expect(checkNetPayment({ ...payment, paymentBasis })).toEqual([]);
        },
      ),
    );
  });
});
