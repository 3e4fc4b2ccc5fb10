import { describe, expect, it } from 'vitest';
import { ageOn, formatDate, todayInLondon } from './dates.ts';

describe('dates', () => {
  it('formats ISO dates the GOV.UK way', () => {
    expect(formatDate('2026-04-01')).toBe('1 April 2026');
    expect(formatDate('1950-12-31')).toBe('31 December 1950');
    expect(formatDate('nonsense')).toBe('nonsense');
  });

  it('computes age in whole years', () => {
    expect(ageOn('1950-03-04', '2026-03-03')).toBe(75);
    expect(ageOn('1950-03-04', '2026-03-04')).toBe(76);
  });

  it('knows the London date', () => {
    expect(todayInLondon(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
});
