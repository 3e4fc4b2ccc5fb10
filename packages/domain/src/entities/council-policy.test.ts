import { describe, expect, it } from 'vitest';
import { DEFAULT_LA_POLICY, effectiveOn, laPolicyInputSchema } from './council-policy.ts';

describe('LaPolicy', () => {
  it('fills every setting from the defaults', () => {
    expect(laPolicyInputSchema.parse({})).toEqual(DEFAULT_LA_POLICY);
  });

  it('accepts a council’s own settings', () => {
    const policy = laPolicyInputSchema.parse({
      approvalLimitsAnnualPence: {
        TEAM: 1_000_000,
        MANAGER: 3_500_000,
        HEAD_OF_SERVICE: 4_900_000,
        PANEL: null,
      },
      firstReviewTargetDays: 28,
      permittedInHouseDpUse: true,
    });
    expect(policy.approvalLimitsAnnualPence.MANAGER).toBe(3_500_000);
    expect(policy.cardOptOutAllowed).toBe(true);
  });

  it('rejects inconsistent settings at their paths', () => {
    const result = laPolicyInputSchema.safeParse({
      approvalLimitsAnnualPence: {
        TEAM: 2_000_000,
        MANAGER: 1_000_000,
        HEAD_OF_SERVICE: null,
        PANEL: 5,
      },
      firstReviewTargetDays: 60,
      capitalLimits: [{ effectiveFrom: '2015-04-01', value: { upperPence: 100, lowerPence: 200 } }],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'approvalLimitsAnnualPence.MANAGER',
      'approvalLimitsAnnualPence.PANEL',
      'firstReviewTargetDays',
      'capitalLimits.0.value.lowerPence',
    ]);
  });

  it('effectiveOn picks the latest value in force', () => {
    const entries = [
      { effectiveFrom: '2015-04-01', value: 'A' },
      { effectiveFrom: '2026-04-01', value: 'C' },
      { effectiveFrom: '2020-04-01', value: 'B' },
    ];
    expect(effectiveOn(entries, '2014-01-01')).toBeNull();
    expect(effectiveOn(entries, '2015-04-01')).toBe('A');
    expect(effectiveOn(entries, '2025-12-31')).toBe('B');
    expect(effectiveOn(entries, '2026-04-01')).toBe('C');
    expect(effectiveOn(DEFAULT_LA_POLICY.capitalLimits, '2025-01-01')).toEqual({
      upperPence: 2_325_000,
      lowerPence: 1_425_000,
    });
  });
});
