import { describe, expect, it } from 'vitest';
import {
  type CarerLinkPeriod,
  carerLinkInputSchema,
  caringOn,
  endCarerLinkInputSchema,
  periodsOverlap,
} from './carer-link.ts';

const schema = carerLinkInputSchema('2026-12-01');
const valid = {
  carerPersonId: 'C',
  caredForPersonId: 'P',
  hoursCaringPerWeekHundredths: 3550,
  validFrom: '2026-01-01',
};
const pathsOf = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('carerLinkInputSchema', () => {
  it('takes hours a week in hundredths, up to a whole week', () => {
    expect(schema.parse(valid).hoursCaringPerWeekHundredths).toBe(3550);
    expect(pathsOf({ ...valid, hoursCaringPerWeekHundredths: 16_801 })).toEqual([
      'hoursCaringPerWeekHundredths',
    ]);
    expect(pathsOf({ ...valid, hoursCaringPerWeekHundredths: -1 })).toEqual([
      'hoursCaringPerWeekHundredths',
    ]);
    expect(pathsOf({ ...valid, hoursCaringPerWeekHundredths: 1.5 })).toEqual([
      'hoursCaringPerWeekHundredths',
    ]);
  });

  it('refuses caring for oneself, a future start and an end before the start', () => {
    expect(pathsOf({ ...valid, caredForPersonId: 'C' })).toEqual(['caredForPersonId']);
    expect(pathsOf({ ...valid, validFrom: '2026-12-02' })).toEqual(['validFrom']);
    expect(pathsOf({ ...valid, validTo: '2025-12-31' })).toEqual(['validTo']);
  });

  it('ends a link on a date not in the future', () => {
    const end = endCarerLinkInputSchema('2026-12-01');
    expect(end.safeParse({ carerLinkId: 'L', validTo: '2026-12-01' }).success).toBe(true);
    expect(end.safeParse({ carerLinkId: 'L', validTo: '2026-12-02' }).success).toBe(false);
  });
});

describe('periodsOverlap', () => {
  it('counts a shared first or last day as overlap, and open periods as running on', () => {
    expect(
      periodsOverlap(
        { validFrom: '2026-01-01', validTo: '2026-03-01' },
        { validFrom: '2026-03-01', validTo: null },
      ),
    ).toBe(true);
    expect(
      periodsOverlap(
        { validFrom: '2026-01-01', validTo: '2026-02-28' },
        { validFrom: '2026-03-01', validTo: null },
      ),
    ).toBe(false);
    expect(
      periodsOverlap(
        { validFrom: '2026-01-01', validTo: null },
        { validFrom: '2020-01-01', validTo: null },
      ),
    ).toBe(true);
  });
});

describe('caringOn: CLD Total_Hrs_Caring_per_week, No_of_adults_being_cared_for, Adult_1/2/3_Linked_Person_ID', () => {
  const link = (
    id: string,
    caredFor: string,
    hours: number | null,
    from: string,
    to: string | null = null,
  ): CarerLinkPeriod => ({
    id,
    caredForPersonId: caredFor,
    hoursCaringPerWeekHundredths: hours,
    validFrom: from,
    validTo: to,
  });
  const links = [
    link('4', 'mother', 2000, '2024-05-01'),
    link('2', 'father', 1500, '2023-01-01', '2026-06-30'),
    link('3', 'brother', null, '2025-01-01'),
    link('1', 'aunt', 500, '2025-01-01'),
  ];

  it('sums the hours and counts the people of the links open on the date, the first three by start', () => {
    expect(caringOn(links, '2026-03-31')).toEqual({
      hoursCaringPerWeekHundredths: 4000,
      adultsCaredFor: 4,
      linkedPersonIds: ['father', 'mother', 'aunt'],
    });
  });

  it('leaves out links that ended before or start after the date', () => {
    expect(caringOn(links, '2026-07-01')).toEqual({
      hoursCaringPerWeekHundredths: 2500,
      adultsCaredFor: 3,
      linkedPersonIds: ['mother', 'aunt', 'brother'],
    });
    expect(caringOn(links, '2022-12-31')).toEqual({
      hoursCaringPerWeekHundredths: null,
      adultsCaredFor: 0,
      linkedPersonIds: [],
    });
  });
});
