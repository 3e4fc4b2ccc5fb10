import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  compareDates,
  daysBetween,
  daysInclusive,
  financialYearOf,
  InvalidDateError,
  isIsoDate,
  isoDate,
  isWithin,
  maxDate,
  minDate,
  parseIsoDate,
} from './dates.ts';

const anyDate = fc
  .date({
    min: new Date('1900-01-01T00:00:00Z'),
    max: new Date('2199-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((date) => date.toISOString().slice(0, 10));

describe('isIsoDate / parseIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('2024-1-01')).toBe(false);
    expect(isIsoDate('2024-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate(20240101)).toBe(false);
  });

  it('parseIsoDate trims and throws InvalidDateError', () => {
    expect(parseIsoDate(' 2024-04-01 ')).toBe('2024-04-01');
    expect(() => parseIsoDate('01/04/2024')).toThrow(InvalidDateError);
    expect(() => isoDate(2023, 2, 29)).toThrow(InvalidDateError);
  });

  it('handles years below 100 without the Date.UTC 1900 shift', () => {
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
  });
});

describe('arithmetic', () => {
  it('addDays crosses months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addDays('2024-03-30', 1)).toBe('2024-03-31'); // BST change does not matter
  });

  it('addMonths clamps to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-11-15', 2)).toBe('2025-01-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });

  it('daysBetween and daysInclusive', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysInclusive('2024-04-01', '2024-04-07')).toBe(7);
  });

  it('compare, min, max, isWithin', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(minDate('2024-05-01', '2024-04-01')).toBe('2024-04-01');
    expect(maxDate('2024-05-01', '2024-04-01')).toBe('2024-05-01');
    expect(isWithin('2024-04-01', '2024-04-01', null)).toBe(true);
    expect(isWithin('2024-04-08', '2024-04-01', '2024-04-07')).toBe(false);
  });

  it('addDays and daysBetween are inverse (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        expect(daysBetween(date, addDays(date, days))).toBe(days);
      }),
    );
  });

  it('addMonths never overshoots the target month (property)', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const result = addMonths(date, months);
        expect(isIsoDate(result)).toBe(true);
        const [y, m] = date.split('-').map(Number) as [number, number];
        const [ry, rm] = result.split('-').map(Number) as [number, number];
        expect(ry * 12 + rm - (y * 12 + m)).toBe(months);
      }),
    );
  });
});

describe('ageOn', () => {
  it('counts whole years', () => {
    expect(ageOn('2000-06-15', '2018-06-14')).toBe(17);
    expect(ageOn('2000-06-15', '2018-06-15')).toBe(18);
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
  });
});

describe('financialYearOf', () => {
  it('runs 1 April to 31 March', () => {
    expect(financialYearOf('2024-03-31')).toEqual({
      startYear: 2023,
      start: '2023-04-01',
      end: '2024-03-31',
      label: '2023/24',
    });
    expect(financialYearOf('2024-04-01').label).toBe('2024/25');
    expect(financialYearOf('2099-12-31').label).toBe('2099/00');
  });

  it('contains the date (property)', () => {
    fc.assert(
      fc.property(anyDate, (date) => {
        const year = financialYearOf(date);
        expect(isWithin(date, year.start, year.end)).toBe(true);
        expect(daysInclusive(year.start, year.end)).toBeGreaterThanOrEqual(365);
      }),
    );
  });
});
