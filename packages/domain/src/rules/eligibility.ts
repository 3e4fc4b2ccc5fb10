/**
 * I-3 Eligibility under the Care and Support (Eligibility Criteria) Regulations 2015 (S-09a;
 * legislation.gov.uk/uksi/2015/313). Two different tests:
 * - an adult needing care (reg 2(1)): the needs arise from a physical or mental impairment or
 *   illness; as a result the adult is unable to achieve two or more of the ten outcomes of reg
 *   2(2); and as a consequence there is, or is likely to be, a significant impact on wellbeing;
 * - a carer (reg 3(1)): the needs arise as a consequence of providing necessary care for an adult;
 *   their effect is that the carer's physical or mental health is, or is at risk of, deteriorating
 *   (reg 3(2)(a)) or the carer is unable to achieve any one of the eight outcomes of reg 3(3)
 *   (reg 3(2)(b)); and as a consequence there is, or is likely to be, a significant impact on the
 *   carer's wellbeing (reg 3(1)(c)).
 */
import type { CarerEligibilityOutcome } from '../code-lists/carer-eligibility-outcome.ts';
import type { EligibilityOutcome } from '../code-lists/eligibility-outcome.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** Minimum number of outcomes the adult is unable to achieve (reg 2(1)(b)). */
export const MINIMUM_UNACHIEVED_OUTCOMES = 2;

/** A carer unable to achieve any one outcome meets reg 3(2)(b). */
export const MINIMUM_UNACHIEVED_CARER_OUTCOMES = 1;

export interface OutcomeFinding<O extends string = EligibilityOutcome> {
  readonly outcome: O;
  readonly unableToAchieve: boolean;
}

export interface EligibilityFacts {
  readonly needsArisingFromImpairmentOrIllness: boolean;
  readonly outcomes: readonly OutcomeFinding[];
  readonly significantImpactOnWellbeing: boolean;
}

export interface CarerEligibilityFacts {
  /** reg 3(1)(a): the needs arise as a consequence of providing necessary care for an adult. */
  readonly needsArisingFromProvidingNecessaryCare: boolean;
  /** reg 3(2)(a): the carer's physical or mental health is, or is at risk of, deteriorating. */
  readonly healthDeterioratingOrAtRisk: boolean;
  /** reg 3(2)(b) with reg 3(3): the carer's outcomes. */
  readonly outcomes: readonly OutcomeFinding<CarerEligibilityOutcome>[];
  /** reg 3(1)(c). */
  readonly significantImpactOnWellbeing: boolean;
}

/** The distinct outcomes the adult (or carer) is unable to achieve. */
export function unachievedOutcomes<O extends string>(facts: {
  readonly outcomes: readonly OutcomeFinding<O>[];
}): readonly O[] {
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

/** Computes a carer's `eligible` from reg 3(1): (a), (b) read with (2), and (c). */
export function determineCarerEligibility(facts: CarerEligibilityFacts): boolean {
  const effect =
    facts.healthDeterioratingOrAtRisk ||
    unachievedOutcomes(facts).length >= MINIMUM_UNACHIEVED_CARER_OUTCOMES;
  return (
    facts.needsArisingFromProvidingNecessaryCare && effect && facts.significantImpactOnWellbeing
  );
}

function inconsistent(expected: boolean, conditions: string): RuleViolation {
  return violation(
    'ELIGIBILITY_INCONSISTENT',
    expected
      ? 'The recorded facts meet all three eligibility conditions, so the needs are eligible.'
      : `Eligible needs require ${conditions}.`,
    ['eligible'],
  );
}

/** Checks a recorded determination: its `eligible` must match the conditions. */
export function checkEligibility(
  determination: EligibilityFacts & { readonly eligible: boolean },
): readonly RuleViolation[] {
  const expected = determineEligibility(determination);
  if (determination.eligible === expected) return [];
  return [
    inconsistent(
      expected,
      'needs arising from impairment or illness, inability to achieve at least two outcomes, and a significant impact on wellbeing',
    ),
  ];
}

/** Checks a recorded carer's determination against reg 3. */
export function checkCarerEligibility(
  determination: CarerEligibilityFacts & { readonly eligible: boolean },
): readonly RuleViolation[] {
  const expected = determineCarerEligibility(determination);
  if (determination.eligible === expected) return [];
  return [
    inconsistent(
      expected,
      'needs arising from providing necessary care, the carer’s health deteriorating or at risk or any one outcome not achieved, and a significant impact on wellbeing',
    ),
  ];
}
