import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNetPayment, netPaymentPence } from './net-payment.ts';

describe('I-9 net payment', () => {
  it('deducts the contribution and never goes below zero', () => {
    expect(netPaymentPence(120_000, 20_000)).toBe(100_000);
    expect(netPaymentPence(120_000, 150_000)).toBe(0);
  });

  it('passes a correct NET payment, including a zero payment', () => {
    expect(
      checkNetPayment({
        paymentBasis: 'NET',
        grossAmountPence: 120_000,
        contributionDeductedPence: 20_000,
        netAmountPence: 100_000,
      }),
    ).toEqual([]);
    expect(
      checkNetPayment({
        paymentBasis: 'NET',
        grossAmountPence: 10_000,
        contributionDeductedPence: 20_000,
        netAmountPence: 0,
      }),
    ).toEqual([]);
  });

  it('fails a wrong NET amount at netAmountPence', () => {
    expect(
      checkNetPayment({
        paymentBasis: 'NET',
        grossAmountPence: 120_000,
        contributionDeductedPence: 20_000,
        netAmountPence: 120_000,
      }),
    ).toEqual([
      { code: 'NET_PAYMENT_ARITHMETIC', message: expect.any(String), path: ['netAmountPence'] },
    ]);
  });

  it('passes a GROSS payment and fails a deduction on one', () => {
    expect(
      checkNetPayment({
        paymentBasis: 'GROSS',
        grossAmountPence: 5000,
        contributionDeductedPence: 0,
        netAmountPence: 5000,
      }),
    ).toEqual([]);
    expect(
      checkNetPayment({
        paymentBasis: 'GROSS',
        grossAmountPence: 5000,
        contributionDeductedPence: 100,
        netAmountPence: 4900,
      })[0],
    ).toMatchObject({ code: 'NET_PAYMENT_ARITHMETIC', path: ['contributionDeductedPence'] });
    expect(
      checkNetPayment({
        paymentBasis: 'GROSS',
        grossAmountPence: 5000,
        contributionDeductedPence: 0,
        netAmountPence: 4900,
      })[0],
    ).toMatchObject({ code: 'NET_PAYMENT_ARITHMETIC', path: ['netAmountPence'] });
  });

  it('reports bad amounts first', () => {
    expect(
      checkNetPayment({
        paymentBasis: 'NET',
        grossAmountPence: -1,
        contributionDeductedPence: 0,
        netAmountPence: 0,
      })[0],
    ).toMatchObject({ code: 'NEGATIVE_AMOUNT', path: ['grossAmountPence'] });
  });

  it('netPaymentPence is never negative, at most gross, and checks itself (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e12 }), fc.nat({ max: 1e12 }), (gross, contribution) => {
        const net = netPaymentPence(gross, contribution);
        expect(net).toBeGreaterThanOrEqual(0);
        expect(net).toBeLessThanOrEqual(gross);
        expect(net + Math.min(gross, contribution)).toBe(gross);
        expect(
          checkNetPayment({
            paymentBasis: 'NET',
            grossAmountPence: gross,
            contributionDeductedPence: contribution,
            netAmountPence: net,
          }),
        ).toEqual([]);
      }),
    );
  });
});
