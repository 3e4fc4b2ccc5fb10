import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isSyntheticNhsNumber,
  isValidNhsNumber,
  nhsCheckDigit,
  SYNTHETIC_NHS_NUMBER_COUNT,
  syntheticNhsNumber,
} from './nhs-number.ts';

describe('NHS number check digit', () => {
  it('validates the well-known example 943 476 5919', () => {
    expect(nhsCheckDigit('943476591')).toBe(9);
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('943 476 5919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
  });

  it('rejects wrong lengths and nine digits whose check would be 10', () => {
    expect(isValidNhsNumber('943476591')).toBe(false);
    expect(isValidNhsNumber('94347659190')).toBe(false);
    expect(isValidNhsNumber('abcdefghij')).toBe(false);
    expect(nhsCheckDigit('000000001')).toBe(9); // sum 2 → 11 − 2
    expect(nhsCheckDigit('100000000')).toBe(1); // sum 10 → 11 − 10
    expect(nhsCheckDigit('000000000')).toBe(0); // 11 → 0
    expect(nhsCheckDigit('000000006')).toBe(null); // sum 12 ≡ 1 → 10: never valid
    expect(isValidNhsNumber('0000000060')).toBe(false);
    expect(() => nhsCheckDigit('12345')).toThrow(RangeError);
  });
});

describe('syntheticNhsNumber', () => {
  it('stays in the reserved test range with a valid check digit', () => {
    expect(syntheticNhsNumber(0).startsWith('999')).toBe(true);
    expect(isSyntheticNhsNumber(syntheticNhsNumber(0))).toBe(true);
    expect(syntheticNhsNumber(SYNTHETIC_NHS_NUMBER_COUNT - 1).startsWith('99999999')).toBe(true);
    expect(isSyntheticNhsNumber('9434765919')).toBe(false);
    expect(() => syntheticNhsNumber(-1)).toThrow(RangeError);
    expect(() => syntheticNhsNumber(SYNTHETIC_NHS_NUMBER_COUNT)).toThrow(RangeError);
  });

  it('is valid, in range, and distinct for distinct n (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: SYNTHETIC_NHS_NUMBER_COUNT - 1 }),
        fc.integer({ min: 0, max: SYNTHETIC_NHS_NUMBER_COUNT - 1 }),
        (a, b) => {
          const first = syntheticNhsNumber(a);
          expect(isValidNhsNumber(first)).toBe(true);
          expect(Number(first)).toBeGreaterThanOrEqual(9_990_000_000);
          if (a !== b) expect(syntheticNhsNumber(b)).not.toBe(first);
        },
      ),
    );
  });

  it('produces 1,000 distinct consecutive numbers', () => {
    const numbers = Array.from({ length: 1000 }, (_, n) => syntheticNhsNumber(n));
    expect(new Set(numbers).size).toBe(1000);
  });
});
