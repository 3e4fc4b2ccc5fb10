import { describe, expect, it } from 'vitest';
import {
  changePersonDetailsInputSchema,
  type DetailHistoryRow,
  detailAsAt,
  detailChangesOf,
  planDetailChange,
} from './person-details.ts';

const today = '2026-12-01';
const schema = changePersonDetailsInputSchema(today);
const personId = '0192a000-0000-7000-8000-000000000001';

function pathsOf(input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('changePersonDetailsInputSchema', () => {
  it('normalises a postcode and a GP practice code, and maps every field to its stored value', () => {
    const change = schema.parse({
      personId,
      effectiveFrom: '2026-06-01',
      postcode: 'ls1 4ap',
      gpPractice: { code: 'b86001', name: 'Leeds Central Practice' },
      autism: true,
      dementia: false,
      clear: ['EMPLOYMENT_STATUS', 'HAS_UNPAID_CARER'],
    });
    expect(detailChangesOf(change)).toEqual([
      { field: 'POSTCODE', value: 'LS1 4AP' },
      { field: 'GP_PRACTICE_CODE', value: 'B86001' },
      { field: 'GP_PRACTICE_NAME', value: 'Leeds Central Practice' },
      { field: 'AUTISM', value: 'true' },
      { field: 'DEMENTIA', value: 'false' },
      { field: 'EMPLOYMENT_STATUS', value: null },
      { field: 'HAS_UNPAID_CARER', value: null },
    ]);
  });

  it('clears the GP practice name with its code', () => {
    const change = schema.parse({
      personId,
      effectiveFrom: '2026-06-01',
      clear: ['GP_PRACTICE_CODE'],
    });
    expect(detailChangesOf(change)).toEqual([
      { field: 'GP_PRACTICE_CODE', value: null },
      { field: 'GP_PRACTICE_NAME', value: null },
    ]);
  });

  it('refuses to clear a detail whose code list has an Unknown value, or to give and clear one detail', () => {
    expect(pathsOf({ personId, effectiveFrom: '2026-06-01', clear: ['POSTCODE'] })).toEqual([
      'clear.0',
    ]);
    expect(
      pathsOf({ personId, effectiveFrom: '2026-06-01', autism: true, clear: ['AUTISM'] }),
    ).toEqual(['clear']);
  });

  it('refuses a change in the future, a bad code or postcode, and an empty change, at their paths', () => {
    expect(pathsOf({ personId, effectiveFrom: '2026-12-02', postcode: 'LS1 4AP' })).toEqual([
      'effectiveFrom',
    ]);
    expect(pathsOf({ personId, effectiveFrom: '2026-06-01', postcode: 'nowhere' })).toEqual([
      'postcode',
    ]);
    expect(
      pathsOf({ personId, effectiveFrom: '2026-06-01', gpPractice: { code: '12345', name: 'X' } }),
    ).toEqual(['gpPractice.code']);
    expect(pathsOf({ personId, effectiveFrom: '2026-06-01', ethnicity: 'MARTIAN' })).toEqual([
      'ethnicity',
    ]);
    expect(pathsOf({ personId, effectiveFrom: '2026-06-01' })).toEqual(['effectiveFrom']);
  });
});

const row = (
  id: string,
  effectiveFrom: string,
  value: string | null,
  previousValue: string | null,
): DetailHistoryRow => ({ id, effectiveFrom, value, previousValue });

describe('detailAsAt: the value as it was on a date', () => {
  const history = [
    row('b', '2026-03-01', 'TENANT', 'OWNER_OCCUPIER'),
    row('a', '2025-01-01', 'OWNER_OCCUPIER', 'UNKNOWN'),
  ];

  it('is the latest change on or before the date', () => {
    expect(detailAsAt(history, 'TENANT', '2025-01-01')).toBe('OWNER_OCCUPIER');
    expect(detailAsAt(history, 'TENANT', '2026-02-28')).toBe('OWNER_OCCUPIER');
    expect(detailAsAt(history, 'TENANT', '2026-03-01')).toBe('TENANT');
  });

  it('before every change is what the earliest change replaced', () => {
    expect(detailAsAt(history, 'TENANT', '2024-12-31')).toBe('UNKNOWN');
  });

  it('with no change recorded is the current value', () => {
    expect(detailAsAt([], 'TENANT', '2020-01-01')).toBe('TENANT');
  });
});

describe('planDetailChange', () => {
  it('records the first change with the value it replaces, and makes it current', () => {
    expect(
      planDetailChange([], 'LS1 4AP', { effectiveFrom: '2026-06-01', value: 'LS2 7HY' }),
    ).toEqual({
      row: { effectiveFrom: '2026-06-01', value: 'LS2 7HY', previousValue: 'LS1 4AP' },
      nextRow: null,
      currentValue: 'LS2 7HY',
    });
  });

  it('writes nothing when the value on that date is the same already', () => {
    expect(
      planDetailChange([], 'LS1 4AP', { effectiveFrom: '2026-06-01', value: 'LS1 4AP' }),
    ).toBeNull();
    const history = [row('a', '2026-06-01', 'LS2 7HY', 'LS1 4AP')];
    expect(
      planDetailChange(history, 'LS2 7HY', { effectiveFrom: '2026-06-01', value: 'LS2 7HY' }),
    ).toBeNull();
  });

  it('corrects a change on the same date, keeping what it replaced', () => {
    const history = [row('a', '2026-06-01', 'LS2 7HY', 'LS1 4AP')];
    expect(
      planDetailChange(history, 'LS2 7HY', { effectiveFrom: '2026-06-01', value: 'LS3 1AA' }),
    ).toEqual({
      row: { effectiveFrom: '2026-06-01', value: 'LS3 1AA', previousValue: 'LS1 4AP' },
      nextRow: null,
      currentValue: 'LS3 1AA',
    });
  });

  it('slots a backdated change in before a later one, which now follows it; the current value stays', () => {
    const history = [row('a', '2026-06-01', 'LS2 7HY', 'LS1 4AP')];
    const write = planDetailChange(history, 'LS2 7HY', {
      effectiveFrom: '2026-01-10',
      value: 'LS9 9ZZ',
    });
    expect(write).toEqual({
      row: { effectiveFrom: '2026-01-10', value: 'LS9 9ZZ', previousValue: 'LS1 4AP' },
      nextRow: { id: 'a', previousValue: 'LS9 9ZZ' },
      currentValue: 'LS2 7HY',
    });
    // the history read back gives every date its value
    const after = [
      { ...history[0], previousValue: 'LS9 9ZZ' } as DetailHistoryRow,
      row('new', '2026-01-10', 'LS9 9ZZ', 'LS1 4AP'),
    ];
    expect(detailAsAt(after, 'LS2 7HY', '2026-01-09')).toBe('LS1 4AP');
    expect(detailAsAt(after, 'LS2 7HY', '2026-03-01')).toBe('LS9 9ZZ');
    expect(detailAsAt(after, 'LS2 7HY', '2026-06-01')).toBe('LS2 7HY');
  });

  it('keeps "not known" (null) apart from a value', () => {
    expect(
      planDetailChange([], null, { effectiveFrom: '2026-06-01', value: 'true' }),
    ).toMatchObject({
      row: { previousValue: null, value: 'true' },
    });
    const history = [row('a', '2026-06-01', 'true', null)];
    expect(
      planDetailChange(history, 'true', { effectiveFrom: '2026-01-01', value: 'false' }),
    ).toEqual({
      row: { effectiveFrom: '2026-01-01', value: 'false', previousValue: null },
      nextRow: { id: 'a', previousValue: 'false' },
      currentValue: 'true',
    });
  });
});
