import { describe, expect, it } from 'vitest';
import { checkIndicativeDifferenceReasons } from './indicative-difference.ts';

describe('reasons for a final budget that differs from the indicative amount (KM v Cambridgeshire)', () => {
  it('needs none when there was no indicative amount or the amounts agree', () => {
    expect(
      checkIndicativeDifferenceReasons({
        annualTotalPence: 2_080_000,
        indicativeAnnualPence: null,
      }),
    ).toEqual([]);
    expect(
      checkIndicativeDifferenceReasons({
        annualTotalPence: 2_080_000,
        indicativeAnnualPence: 2_080_000,
      }),
    ).toEqual([]);
  });

  it('refuses a higher or lower final amount without reasons', () => {
    for (const indicative of [1_950_000, 2_200_000]) {
      expect(
        checkIndicativeDifferenceReasons({
          annualTotalPence: 2_080_000,
          indicativeAnnualPence: indicative,
          reasons: ' ',
        }),
      ).toEqual([
        {
          code: 'INDICATIVE_DIFFERENCE_REASONS_REQUIRED',
          message: expect.stringContaining('£20,800.00'),
          path: ['indicativeDifferenceReasons'],
        },
      ]);
    }
  });

  it('passes a different amount with its reasons', () => {
    expect(
      checkIndicativeDifferenceReasons({
        annualTotalPence: 2_080_000,
        indicativeAnnualPence: 1_950_000,
        reasons: 'Two carers needed for transfers; the RAS assumes one',
      }),
    ).toEqual([]);
  });
});
