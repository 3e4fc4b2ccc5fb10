import { describe, expect, it } from 'vitest';
import {
  checkEligibility,
  determineEligibility,
  type EligibilityFacts,
  unachievedOutcomes,
} from './eligibility.ts';

const facts = (overrides: Partial<EligibilityFacts> = {}): EligibilityFacts => ({
  needsArisingFromImpairmentOrIllness: true,
  outcomes: [
    { outcome: 'NUTRITION', unableToAchieve: true },
    { outcome: 'PERSONAL_HYGIENE', unableToAchieve: true },
    { outcome: 'RELATIONSHIPS', unableToAchieve: false },
  ],
  significantImpactOnWellbeing: true,
  ...overrides,
});

describe('I-3 eligibility', () => {
  it('is eligible when all three conditions hold', () => {
    expect(determineEligibility(facts())).toBe(true);
  });

  it('needs each condition', () => {
    expect(determineEligibility(facts({ needsArisingFromImpairmentOrIllness: false }))).toBe(false);
    expect(determineEligibility(facts({ significantImpactOnWellbeing: false }))).toBe(false);
    expect(
      determineEligibility(facts({ outcomes: [{ outcome: 'NUTRITION', unableToAchieve: true }] })),
    ).toBe(false);
  });

  it('counts an outcome once even if listed twice', () => {
    const twice = facts({
      outcomes: [
        { outcome: 'NUTRITION', unableToAchieve: true },
        { outcome: 'NUTRITION', unableToAchieve: true },
      ],
    });
    expect(unachievedOutcomes(twice)).toEqual(['NUTRITION']);
    expect(determineEligibility(twice)).toBe(false);
  });

  it('checkEligibility passes a consistent record', () => {
    expect(checkEligibility({ ...facts(), eligible: true })).toEqual([]);
    expect(
      checkEligibility({ ...facts({ significantImpactOnWellbeing: false }), eligible: false }),
    ).toEqual([]);
  });

  it('checkEligibility fails with ELIGIBILITY_INCONSISTENT at eligible', () => {
    expect(checkEligibility({ ...facts(), eligible: false })).toEqual([
      { code: 'ELIGIBILITY_INCONSISTENT', message: expect.any(String), path: ['eligible'] },
    ]);
    expect(checkEligibility({ ...facts({ outcomes: [] }), eligible: true })[0]?.code).toBe(
      'ELIGIBILITY_INCONSISTENT',
    );
  });
});
