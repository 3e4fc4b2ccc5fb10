import { describe, expect, it } from 'vitest';
import { ASCOF_3D_1A, ASCOF_3D_1B, ASCOF_3D_2A, ASCOF_3D_2B, ascofPartResult } from './ascof-3d.ts';

describe('ascofPartResult', () => {
  const serviceUsers = [
    { level: 'COMMUNITY_DIRECT_PAYMENT', ageBand: 'AGE_18_TO_64', people: 2 },
    { level: 'COMMUNITY_MANAGED_PERSONAL_BUDGET', ageBand: 'AGE_65_AND_OVER', people: 1 },
    { level: 'COMMUNITY_COMMISSIONED', ageBand: 'AGE_65_AND_OVER', people: 3 },
    { level: 'COMMUNITY_UNKNOWN_MECHANISM', ageBand: 'AGE_18_TO_64', people: 1 },
    { level: 'NURSING', ageBand: 'AGE_65_AND_OVER', people: 5 },
    { level: 'PRISON_COMMISSIONED', ageBand: 'AGE_18_TO_64', people: 4 },
  ] as const;

  it('1a counts DP and managed PB over the community cohort, unknown mechanisms included', () => {
    const result = ascofPartResult(ASCOF_3D_1A, serviceUsers);
    expect(result.total).toEqual({ numerator: 3, denominator: 7, percentage: '42.9' });
    expect(result.byAgeBand.AGE_18_TO_64).toEqual({
      numerator: 2,
      denominator: 3,
      percentage: '66.7',
    });
    expect(result.byAgeBand.AGE_65_AND_OVER).toEqual({
      numerator: 1,
      denominator: 4,
      percentage: '25.0',
    });
  });

  it('2a counts direct payments only', () => {
    expect(ascofPartResult(ASCOF_3D_2A, serviceUsers).total).toEqual({
      numerator: 2,
      denominator: 7,
      percentage: '28.6',
    });
  });

  it('1b and 2b leave carers without direct support out of the denominator', () => {
    const carers = [
      { level: 'DIRECT_PAYMENT', ageBand: 'AGE_18_TO_64', people: 1 },
      { level: 'MANAGED_PERSONAL_BUDGET', ageBand: 'AGE_18_TO_64', people: 1 },
      { level: 'COMMISSIONED_SUPPORT', ageBand: 'AGE_65_AND_OVER', people: 2 },
      { level: 'DIRECT_TO_CARER_UNKNOWN_MECHANISM', ageBand: 'AGE_65_AND_OVER', people: 9 },
    ] as const;
    expect(ascofPartResult(ASCOF_3D_1B, carers).total.percentage).toBe('50.0');
    expect(ascofPartResult(ASCOF_3D_2B, carers).total.percentage).toBe('25.0');
  });

  it('gives null percentages for an empty cohort', () => {
    expect(ascofPartResult(ASCOF_3D_1A, []).total.percentage).toBeNull();
  });
});
