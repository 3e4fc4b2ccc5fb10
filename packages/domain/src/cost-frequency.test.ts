import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostFrequency } from './code-lists/cost-frequency.ts';
import {
  annualFromWeeklyPence,
  annualLineCostPence,
  decimalFromHundredths,
  hundredthsFromDecimal,
  MissingPlannedUnitsError,
  periodCostPence,
  weeklyCostPence,
  weeklyFromAnnualPence,
} from './cost-frequency.ts';

describe('weeklyCostPence (domain.md §6.5)', () => {
  it.each([
    ['WEEKLY', 10000, 10000],
    ['FORTNIGHTLY', 10001, 5001],
    ['FOUR_WEEKLY', 10002, 2501],
    ['MONTHLY', 130000, 30000],
    ['MONTHLY', 100000, 23077],
    ['QUARTERLY', 130000, 10000],
    ['ANNUALLY', 1560000, 30000],
    ['ANNUALLY', 100, 2],
    ['NONE', 5000, 0],
    ['ONE_OFF', 5000, 0],
  ] as const)('%s unit %i → %i a week', (costFrequency, unitCostPence, expected) => {
    expect(weeklyCostPence({ unitCostPence, costFrequency })).toBe(expected);
  });

  it('multiplies per-unit costs by planned units per week (hundredths)', () => {
    // £23.17 an hour × 7.5 hours = £173.775 → £173.78
    expect(
      weeklyCostPence({
        unitCostPence: 2317,
        costFrequency: 'HOURLY',
        plannedUnitsPerWeekHundredths: 750,
      }),
    ).toBe(17378);
    expect(
      weeklyCostPence({
        unitCostPence: 4500,
        costFrequency: 'DAILY',
        plannedUnitsPerWeekHundredths: 300,
      }),
    ).toBe(13500);
  });

  it('needs planned units for per-unit frequencies', () => {
    expect(() => weeklyCostPence({ unitCostPence: 1000, costFrequency: 'PER_SESSION' })).toThrow(
      MissingPlannedUnitsError,
    );
  });

  it('rejects negative or fractional unit costs', () => {
    expect(() => weeklyCostPence({ unitCostPence: -1, costFrequency: 'WEEKLY' })).toThrow(
      RangeError,
    );
    expect(() => weeklyCostPence({ unitCostPence: 1.5, costFrequency: 'WEEKLY' })).toThrow(
      RangeError,
    );
  });

  it('is never negative and always whole pence (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000 }),
        fc.constantFrom(...CostFrequency.codes),
        fc.integer({ min: 0, max: 16800 }),
        (unitCostPence, costFrequency, hundredths) => {
          const weekly = weeklyCostPence({
            unitCostPence,
            costFrequency,
            plannedUnitsPerWeekHundredths: hundredths,
          });
          expect(Number.isSafeInteger(weekly)).toBe(true);
          expect(weekly).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('annual ↔ weekly', () => {
  it('annual is weekly × 52 and weekly is annual / 52 half-up', () => {
    expect(annualFromWeeklyPence(30000)).toBe(1560000);
    expect(weeklyFromAnnualPence(1560000)).toBe(30000);
    expect(weeklyFromAnnualPence(26)).toBe(1);
    expect(weeklyFromAnnualPence(25)).toBe(0);
  });

  it('weekly → annual → weekly is the identity (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (weekly) => {
        expect(weeklyFromAnnualPence(annualFromWeeklyPence(weekly))).toBe(weekly);
      }),
    );
  });

  it('annualLineCostPence counts a one-off once', () => {
    expect(annualLineCostPence({ unitCostPence: 50000, costFrequency: 'ONE_OFF' })).toBe(50000);
    expect(annualLineCostPence({ unitCostPence: 10000, costFrequency: 'WEEKLY' })).toBe(520000);
  });
});

describe('periodCostPence', () => {
  it('is weekly × days / 7 for an end-inclusive period', () => {
    expect(periodCostPence(7000, '2024-04-01', '2024-04-28')).toBe(28000);
    expect(periodCostPence(10000, '2024-04-01', '2024-04-30')).toBe(42857);
    expect(() => periodCostPence(100, '2024-04-02', '2024-04-01')).toThrow(RangeError);
  });
});

describe('hundredths', () => {
  it('converts decimals exactly', () => {
    expect(hundredthsFromDecimal('7.5')).toBe(750);
    expect(hundredthsFromDecimal(12.25)).toBe(1225);
    expect(hundredthsFromDecimal('3')).toBe(300);
    expect(() => hundredthsFromDecimal('1.255')).toThrow(RangeError);
    expect(() => hundredthsFromDecimal(-1)).toThrow(RangeError);
    expect(decimalFromHundredths(750)).toBe('7.50');
    expect(decimalFromHundredths(5)).toBe('0.05');
  });
});
