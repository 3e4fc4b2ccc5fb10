import { describe, expect, it } from 'vitest';
import { checkWithinLifetime, type Lifetime } from './within-lifetime.ts';

const life: Lifetime = { birthDate: '1950-03-01', deathDate: '2026-05-10' };
const codes = (date: string, lifetime = life) =>
  checkWithinLifetime(date, lifetime, ['effectiveFrom']).map((p) => [p.code, p.path]);

describe('I-13 records within a person’s life', () => {
  it('accepts the birth date, the death date and every day between', () => {
    expect(codes('1950-03-01')).toEqual([]);
    expect(codes('2000-01-01')).toEqual([]);
    expect(codes('2026-05-10')).toEqual([]);
  });

  it('refuses a date before birth with DATE_BEFORE_BIRTH at the field', () => {
    expect(codes('1950-02-28')).toEqual([['DATE_BEFORE_BIRTH', ['effectiveFrom']]]);
  });

  it('refuses a date after death with EVENT_AFTER_DEATH (CLD: nothing starts after Date_of_Death, S-02a)', () => {
    expect(codes('2026-05-11')).toEqual([['EVENT_AFTER_DEATH', ['effectiveFrom']]]);
  });

  it('has no upper bound for someone alive', () => {
    expect(codes('2030-01-01', { ...life, deathDate: null })).toEqual([]);
  });
});
