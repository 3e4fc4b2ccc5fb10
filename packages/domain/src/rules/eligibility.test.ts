import { describe, expect, it } from 'vitest';
import {
  type CarerEligibilityFacts,
  checkCarerEligibility,
  checkEligibility,
  determineCarerEligibility,
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

describe('I-3 carers (reg 3 of the Eligibility Criteria Regulations 2015)', () => {
  const carer = (overrides: Partial<CarerEligibilityFacts> = {}): CarerEligibilityFacts => ({
    needsArisingFromProvidingNecessaryCare: true,
    healthDeterioratingOrAtRisk: false,
    outcomes: [
      { outcome: 'RECREATIONAL_ACTIVITIES', unableToAchieve: true },
      { outcome: 'NUTRITION', unableToAchieve: false },
    ],
    significantImpactOnWellbeing: true,
    ...overrides,
  });

  it('worked example: one outcome not achieved (recreation) and a significant impact is eligible', () => {
    // A daughter caring 50 hours a week can no longer get to her choir (reg 3(3)(h)); nothing else
    // is affected and her health is fine; the loss has a significant impact on her wellbeing.
    expect(determineCarerEligibility(carer())).toBe(true);
    // The adult's test would need two outcomes: the same facts under reg 2 are not eligible.
    expect(
      determineEligibility({
        needsArisingFromImpairmentOrIllness: true,
        outcomes: [{ outcome: 'COMMUNITY_FACILITIES_TRANSPORT', unableToAchieve: true }],
        significantImpactOnWellbeing: true,
      }),
    ).toBe(false);
  });

  it('worked example: caring for others is itself an outcome (reg 3(3)(b))', () => {
    const caringForMother = carer({
      outcomes: [{ outcome: 'CARING_FOR_OTHERS', unableToAchieve: true }],
    });
    expect(determineCarerEligibility(caringForMother)).toBe(true);
  });

  it('worked example: health at risk of deteriorating is enough without any outcome (reg 3(2)(a))', () => {
    expect(
      determineCarerEligibility(carer({ healthDeterioratingOrAtRisk: true, outcomes: [] })),
    ).toBe(true);
  });

  it('needs the care to be necessary care, some effect, and a significant impact', () => {
    expect(
      determineCarerEligibility(carer({ needsArisingFromProvidingNecessaryCare: false })),
    ).toBe(false);
    expect(determineCarerEligibility(carer({ significantImpactOnWellbeing: false }))).toBe(false);
    expect(
      determineCarerEligibility(
        carer({ outcomes: [{ outcome: 'RECREATIONAL_ACTIVITIES', unableToAchieve: false }] }),
      ),
    ).toBe(false);
  });

  it('checkCarerEligibility fails a record that says otherwise', () => {
    expect(checkCarerEligibility({ ...carer(), eligible: true })).toEqual([]);
    expect(checkCarerEligibility({ ...carer(), eligible: false })[0]?.code).toBe(
      'ELIGIBILITY_INCONSISTENT',
    );
  });
});
