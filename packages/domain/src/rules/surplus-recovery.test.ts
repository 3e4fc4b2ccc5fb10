import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCardSweepNotice,
  checkRecovery,
  checkRecoveryAmount,
  contingencyAllowancePence,
  recoverablePence,
  surplusPence,
} from './surplus-recovery.ts';

describe('I-12 surplus arithmetic', () => {
  it('surplus = closing − liabilities, recoverable = surplus − contingency, never negative', () => {
    expect(surplusPence(500_000, 120_000)).toBe(380_000);
    expect(surplusPence(100_000, 120_000)).toBe(0);
    expect(surplusPence(-5_000, 0)).toBe(0);
    expect(recoverablePence(380_000, 400_000)).toBe(0);
    expect(recoverablePence(380_000, 80_000)).toBe(300_000);
  });

  it('contingency allowance = weekly net DP × weeks, half-up', () => {
    expect(contingencyAllowancePence(30_000, 4)).toBe(120_000);
    expect(contingencyAllowancePence(30_001, 4.5)).toBe(135_005);
    expect(contingencyAllowancePence(333, 0.29)).toBe(97);
    expect(() => contingencyAllowancePence(100, 1.234)).toThrow(RangeError);
    expect(() => contingencyAllowancePence(100, -1)).toThrow(RangeError);
  });

  it('surplus and recoverable are never negative and recoverable ≤ surplus (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e9, max: 1e10 }),
        fc.nat({ max: 1e10 }),
        fc.nat({ max: 1e7 }),
        fc.integer({ min: 0, max: 2600 }),
        (closing, liabilities, weeklyNet, weeksHundredths) => {
          const surplus = surplusPence(closing, liabilities);
          const contingency = contingencyAllowancePence(weeklyNet, weeksHundredths / 100);
          const recoverable = recoverablePence(surplus, contingency);
          for (const value of [surplus, contingency, recoverable]) {
            expect(Number.isSafeInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(0);
          }
          expect(recoverable).toBeLessThanOrEqual(surplus);
        },
      ),
    );
  });
});

describe('I-12 checkRecovery', () => {
  const base = {
    reason: 'SURPLUS',
    method: 'INVOICE',
    amountPence: 300_000,
    recoverablePence: 300_000,
  } as const;

  it('passes a surplus recovery up to the recoverable amount', () => {
    expect(checkRecovery(base)).toEqual([]);
  });

  it('fails with RECOVERY_EXCEEDS_RECOVERABLE at amountPence', () => {
    expect(checkRecovery({ ...base, amountPence: 300_001 })).toEqual([
      {
        code: 'RECOVERY_EXCEEDS_RECOVERABLE',
        message: expect.stringContaining('£3,000.00'),
        path: ['amountPence'],
      },
    ]);
  });

  it('allows more than the surplus for misuse or breach', () => {
    expect(
      checkRecovery({ ...base, reason: 'MISUSE_NOT_FOR_PLAN_NEEDS', amountPence: 900_000 }),
    ).toEqual([]);
  });

  it('a card sweep needs a notice, given before the sweep', () => {
    expect(checkRecovery({ ...base, method: 'CARD_SWEEP' })).toEqual([
      { code: 'CARD_SWEEP_NOT_NOTIFIED', message: expect.any(String), path: ['notifiedDate'] },
    ]);
    expect(
      checkRecovery({
        ...base,
        method: 'CARD_SWEEP',
        notifiedDate: '2024-06-01',
        recoveryDate: '2024-06-15',
      }),
    ).toEqual([]);
    expect(
      checkRecovery({
        ...base,
        method: 'CARD_SWEEP',
        notifiedDate: '2024-06-16',
        recoveryDate: '2024-06-15',
      })[0],
    ).toMatchObject({ code: 'CARD_SWEEP_NOT_NOTIFIED', path: ['notifiedDate'] });
  });

  it('reports bad amounts', () => {
    expect(checkRecovery({ ...base, amountPence: 1.5 })[0]).toMatchObject({
      code: 'NOT_WHOLE_PENCE',
      path: ['amountPence'],
    });
  });
});

describe('I-12 checks one by one', () => {
  it('checks the amount without the notice, and the notice without the amount', () => {
    expect(
      checkRecoveryAmount({ reason: 'SURPLUS', amountPence: 101, recoverablePence: 100 }),
    ).toMatchObject([{ code: 'RECOVERY_EXCEEDS_RECOVERABLE' }]);
    expect(checkCardSweepNotice({ method: 'CARD_SWEEP' })).toMatchObject([
      { code: 'CARD_SWEEP_NOT_NOTIFIED' },
    ]);
    expect(checkCardSweepNotice({ method: 'INVOICE' })).toEqual([]);
  });
});
