import { describe, expect, it } from 'vitest';
import { calculateIndicativeBudget, type RasModel, rasModelSchema } from './resource-allocation.ts';

const perPoint: RasModel = {
  version: 'Anyshire RAS 2025.1',
  pointsPerOutcome: { NUTRITION: 8, PERSONAL_HYGIENE: 8, TOILET_NEEDS: 8, RELATIONSHIPS: 3 },
  pointsPerFacsBand: { SUBSTANTIAL: 10 },
  pricing: { kind: 'PRICE_PER_POINT', pencePerPoint: 1250 },
};

const banded: RasModel = {
  version: 'Bandshire 2024',
  pointsPerOutcome: { NUTRITION: 10, PERSONAL_HYGIENE: 10, TOILET_NEEDS: 10 },
  pricing: {
    kind: 'BAND_TABLE',
    bands: [
      { code: 'A', minPoints: 0, weeklyAmountPence: 5_000 },
      { code: 'B', minPoints: 20, weeklyAmountPence: 25_000 },
      { code: 'C', minPoints: 40, weeklyAmountPence: 50_000 },
    ],
  },
};

describe('resource allocation (RAS)', () => {
  it('prices points and explains the result', () => {
    const result = calculateIndicativeBudget(perPoint, {
      unableToAchieve: ['NUTRITION', 'PERSONAL_HYGIENE', 'TOILET_NEEDS'],
    });
    expect(result).toMatchObject({
      rasModelVersion: 'Anyshire RAS 2025.1',
      points: 24,
      bandCode: null,
      weeklyAmountPence: 30_000,
      annualAmountPence: 1_560_000,
    });
    expect(result.explanation).toContain('scores 24 points');
    expect(result.explanation).toContain(
      'managing and maintaining nutrition (8), maintaining personal hygiene (8) and managing toilet needs (8)',
    );
    expect(result.explanation).toContain('£12.50 a point');
    expect(result.explanation).toContain('£300.00 a week (£15,600.00 a year)');
    expect(result.explanation).toContain('not an allocation');
  });

  it('adds FACS and questionnaire points, counting each outcome once', () => {
    const result = calculateIndicativeBudget(perPoint, {
      unableToAchieve: ['RELATIONSHIPS', 'RELATIONSHIPS', 'CARING_FOR_CHILD'],
      facsBand: 'SUBSTANTIAL',
      additionalPoints: [{ label: 'night-time support', points: 4 }],
    });
    expect(result.points).toBe(3 + 0 + 10 + 4);
    expect(result.explanation).toContain('FACS band Substantial (10)');
    expect(result.explanation).toContain('night-time support (4)');
  });

  it('uses the band table', () => {
    const result = calculateIndicativeBudget(banded, {
      unableToAchieve: ['NUTRITION', 'PERSONAL_HYGIENE'],
    });
    expect(result).toMatchObject({
      points: 20,
      bandCode: 'B',
      weeklyAmountPence: 25_000,
      annualAmountPence: 1_300_000,
    });
    expect(result.explanation).toContain('band B (from 20 points)');
    expect(calculateIndicativeBudget(banded, { unableToAchieve: [] })).toMatchObject({
      points: 0,
      bandCode: 'A',
    });
  });

  it('applies the model minimum and maximum', () => {
    const capped = calculateIndicativeBudget(
      { ...perPoint, maximumWeeklyPence: 20_000 },
      {
        unableToAchieve: ['NUTRITION', 'PERSONAL_HYGIENE', 'TOILET_NEEDS'],
      },
    );
    expect(capped.weeklyAmountPence).toBe(20_000);
    expect(capped.explanation).toContain("capped at the model's maximum");
    const raised = calculateIndicativeBudget(
      { ...perPoint, minimumWeeklyPence: 5_000 },
      { unableToAchieve: [] },
    );
    expect(raised.weeklyAmountPence).toBe(5_000);
    expect(raised.explanation).toContain('no scored needs');
  });

  it('rejects invalid models with a path', () => {
    const result = rasModelSchema.safeParse({
      ...banded,
      pricing: { kind: 'BAND_TABLE', bands: [{ code: 'A', minPoints: 5, weeklyAmountPence: 1 }] },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['pricing', 'bands', 0, 'minPoints']);
    expect(() =>
      calculateIndicativeBudget(
        { ...perPoint, pricing: { kind: 'PRICE_PER_POINT', pencePerPoint: -1 } },
        { unableToAchieve: [] },
      ),
    ).toThrow(RangeError);
  });
});
