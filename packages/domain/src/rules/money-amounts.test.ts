import { describe, expect, it } from 'vitest';
import { checkMoneyAmounts, checkPenceAmount } from './money-amounts.ts';

describe('I-18 money amounts', () => {
  it('accepts whole non-negative pence and absent values', () => {
    expect(checkPenceAmount(0, ['a'])).toEqual([]);
    expect(checkPenceAmount(null, ['a'])).toEqual([]);
    expect(checkPenceAmount(undefined, ['a'])).toEqual([]);
    expect(checkMoneyAmounts({ amountPence: 100, feePence: null })).toEqual([]);
  });

  it('rejects fractions with NOT_WHOLE_PENCE', () => {
    expect(checkPenceAmount(1.5, ['amountPence'])).toEqual([
      { code: 'NOT_WHOLE_PENCE', message: expect.any(String), path: ['amountPence'] },
    ]);
    expect(checkPenceAmount(Number.NaN, ['x'])[0]?.code).toBe('NOT_WHOLE_PENCE');
    expect(checkPenceAmount(2 ** 60, ['x'])[0]?.code).toBe('NOT_WHOLE_PENCE');
  });

  it('rejects negatives with NEGATIVE_AMOUNT unless allowed', () => {
    expect(checkPenceAmount(-1, ['amountPence'])[0]).toMatchObject({
      code: 'NEGATIVE_AMOUNT',
      path: ['amountPence'],
    });
    expect(checkPenceAmount(-1, ['amountPence'], { allowNegative: true })).toEqual([]);
  });

  it('checkMoneyAmounts names each field and can nest the path', () => {
    const problems = checkMoneyAmounts(
      { amountPence: -5, balancePence: -5 },
      { allowNegative: ['balancePence'], path: ['lines', 2] },
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['NEGATIVE_AMOUNT', ['lines', '2', 'amountPence']],
    ]);
  });
});
