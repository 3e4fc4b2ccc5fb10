import { describe, expect, it } from 'vitest';
import { DEFAULT_RAS_MODEL } from './default-ras-model.ts';
import { calculateIndicativeBudget, rasModelSchema } from './resource-allocation.ts';

describe('DEFAULT_RAS_MODEL', () => {
  it('is a valid model that scores every eligibility outcome', () => {
    expect(rasModelSchema.safeParse(DEFAULT_RAS_MODEL).success).toBe(true);
    expect(Object.keys(DEFAULT_RAS_MODEL.pointsPerOutcome)).toHaveLength(10);
  });

  it('prices two personal-care outcomes at £2.50 a point', () => {
    const result = calculateIndicativeBudget(DEFAULT_RAS_MODEL, {
      unableToAchieve: ['NUTRITION', 'TOILET_NEEDS'],
    });
    expect(result.points).toBe(26);
    expect(result.weeklyAmountPence).toBe(6_500);
    expect(result.explanation).toContain(DEFAULT_RAS_MODEL.version);
  });
});
