import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertNonNegativePence,
  formatPounds,
  isPence,
  MoneyFormatError,
  mulDivHalfUp,
  NotPenceError,
  parsePounds,
  roundHalfUp,
  sumPence,
} from './money.ts';

describe('isPence / assert', () => {
  it('accepts safe integers only', () => {
    expect(isPence(0)).toBe(true);
    expect(isPence(-5)).toBe(true);
    expect(isPence(1.5)).toBe(false);
    expect(isPence(Number.MAX_SAFE_INTEGER + 1)).toBe(false);
    expect(isPence('5')).toBe(false);
  });

  it('assertNonNegativePence rejects negatives and fractions', () => {
    expect(() => assertNonNegativePence(-1)).toThrow(NotPenceError);
    expect(() => assertNonNegativePence(0.5)).toThrow(NotPenceError);
    expect(() => assertNonNegativePence(10)).not.toThrow();
  });
});

describe('parsePounds', () => {
  it.each([
    ['1234', 123400],
    ['1,234.5', 123450],
    ['£1,234.56', 123456],
    ['-12.30', -1230],
    ['-£0.05', -5],
    ['£-5', -500],
    [' £ 7 ', 700],
    ['0.00', 0],
    ['-0', 0],
  ])('%s → %i', (text, pence) => {
    expect(parsePounds(text)).toBe(pence);
  });

  it.each([
    '',
    '£',
    '12.345',
    '1,23',
    '12,34.00',
    'abc',
    '1.2.3',
    '.50',
    '--5',
    '-£-5',
    '1e3',
    '12.',
  ])('rejects %j', (text) => {
    expect(() => parsePounds(text)).toThrow(MoneyFormatError);
  });

  it('rejects amounts too large to hold exactly', () => {
    expect(() => parsePounds('999999999999999999')).toThrow(NotPenceError);
  });
});

describe('formatPounds', () => {
  it('formats with thousands separators and a leading minus', () => {
    expect(formatPounds(123456)).toBe('£1,234.56');
    expect(formatPounds(-5)).toBe('-£0.05');
    expect(formatPounds(0)).toBe('£0.00');
    expect(formatPounds(100000000)).toBe('£1,000,000.00');
  });

  it('round-trips with parsePounds (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (pence) => {
        expect(parsePounds(formatPounds(pence))).toBe(pence);
      }),
    );
  });
});

describe('sumPence', () => {
  it('adds exactly and rejects fractions', () => {
    expect(sumPence([1, 2, 3])).toBe(6);
    expect(sumPence([])).toBe(0);
    expect(() => sumPence([1, 0.5])).toThrow(NotPenceError);
    expect(() => sumPence([Number.MAX_SAFE_INTEGER, 1])).toThrow(NotPenceError);
  });
});

describe('roundHalfUp / mulDivHalfUp', () => {
  it('rounds halves away from zero', () => {
    expect(roundHalfUp(5, 2)).toBe(3);
    expect(roundHalfUp(4, 3)).toBe(1);
    expect(roundHalfUp(5, 3)).toBe(2);
    expect(roundHalfUp(-5, 2)).toBe(-3);
    expect(roundHalfUp(1, 52)).toBe(0);
    expect(roundHalfUp(26, 52)).toBe(1);
    expect(roundHalfUp(0, 7)).toBe(0);
    expect(Object.is(roundHalfUp(-1, 3), 0)).toBe(true);
  });

  it('rejects non-integers and zero denominators', () => {
    expect(() => roundHalfUp(1.5, 2)).toThrow(RangeError);
    expect(() => roundHalfUp(1, 0)).toThrow(RangeError);
  });

  it('multiplies without overflow', () => {
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 52, 52)).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('is within half a penny of the exact quotient (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 1, max: 10000 }),
        (numerator, denominator) => {
          const result = roundHalfUp(numerator, denominator);
          expect(Number.isSafeInteger(result)).toBe(true);
          expect(Math.abs(result * denominator - numerator) * 2).toBeLessThanOrEqual(denominator);
        },
      ),
    );
  });
});
