/**
 * I-3 Eligibility (Care and Support (Eligibility Criteria) Regulations 2015, reg 2, S-09a): an
 * adult has eligible needs when the needs arise from a physical or mental impairment or illness,
 * they are unable to achieve two or more of the ten specified outcomes, and as a result there is,
 * or is likely to be, a significant impact on their wellbeing.
 */
import type { EligibilityOutcome } from '../code-lists/eligibility-outcome.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** Minimum number of outcomes the adult is unable to achieve (reg 2(1)(b)). */
export const MINIMUM_UNACHIEVED_OUTCOMES = 2;

export interface OutcomeFinding {
  readonly outcome: EligibilityOutcome;
  readonly unableToAchieve: boolean;
}

export interface EligibilityFacts {
  readonly needsArisingFromImpairmentOrIllness: boolean;
  readonly outcomes: readonly OutcomeFinding[];
  readonly significantImpactOnWellbeing: boolean;
}

/** The distinct outcomes the adult is unable to achieve. */
export function unachievedOutcomes(facts: EligibilityFacts): readonly EligibilityOutcome[] {
  return [
    ...new Set(facts.outcomes.filter((item) => item.unableToAchieve).map((item) => item.outcome)),
  ];
}

/** Computes `eligible` from the three conditions of reg 2(1). */
export function determineEligibility(facts: EligibilityFacts): boolean {
  return (
    facts.needsArisingFromImpairmentOrIllness &&
    unachievedOutcomes(facts).length >= MINIMUM_UNACHIEVED_OUTCOMES &&
    facts.significantImpactOnWellbeing
  );
}

/** Checks a recorded determination: its `eligible` must match the conditions. */
export function checkEligibility(
  determination: EligibilityFacts & { readonly eligible: boolean },
): readonly RuleViolation[] {
  const expected = determineEligibility(determination);
  if (determination.eligible === expected) return [];
  return [
    violation(
      'ELIGIBILITY_INCONSISTENT',
      expected
        ? 'The recorded facts meet all three eligibility conditions, so the needs are eligible.'
        : 'Eligible needs require needs arising from impairment or illness, inability to achieve at least two outcomes, and a significant impact on wellbeing.',
      ['eligible'],
    ),
  ];
}
