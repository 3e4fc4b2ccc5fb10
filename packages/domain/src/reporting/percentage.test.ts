import { describe, expect, it } from 'vitest';
import { percentageOneDecimal, ratioOf } from './percentage.ts';

describe('percentageOneDecimal', () => {
  it.each([
    [1, 3, '33.3'],
    [2, 3, '66.7'],
    [1, 8, '12.5'],
    [1, 2000, '0.1'],
    [1, 2001, '0.0'],
    [3, 3, '100.0'],
    [0, 5, '0.0'],
  ])('%i of %i is %s%%', (numerator, denominator, expected) => {
    expect(percentageOneDecimal(numerator, denominator)).toBe(expected);
  });

  it('is null when nobody is in the denominator', () => {
    expect(ratioOf(0, 0)).toEqual({ numerator: 0, denominator: 0, percentage: null });
  });

  it('refuses fractional or negative counts', () => {
    expect(() => percentageOneDecimal(1.5, 3)).toThrow(RangeError);
    expect(() => percentageOneDecimal(-1, 3)).toThrow(RangeError);
  });
});
