/**
 * I-7 Direct payment eligibility (Care Act 2014 s31/s32, S-10e; council practice S-15):
 * - s31: the adult has capacity; the payment goes to the adult or a nominated person;
 * - s32: the adult lacks capacity; the payment goes to an authorised person;
 * - people subject to certain criminal-justice requirements are excluded.
 * Capacity is presumed: "A person must be assumed to have capacity unless it is established that
 * he lacks capacity" (Mental Capacity Act 2005 s1(2)). So an adult whose capacity has not been
 * assessed is treated as having it (s31); only an assessment that they lack it makes s32 the basis.
 */
import type { DpLegalBasis } from '../code-lists/dp-legal-basis.ts';
import type { MentalCapacityForDp } from '../code-lists/mental-capacity-for-dp.ts';
import type { RecipientType } from '../code-lists/recipient-type.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface DirectPaymentEligibilityInput {
  readonly legalBasis: DpLegalBasis;
  readonly recipientType: RecipientType;
  readonly mentalCapacityForDp: MentalCapacityForDp;
  /** Subject to a drug/alcohol treatment requirement or licence condition that excludes DPs. */
  readonly criminalJusticeExclusion: boolean;
}

const RECIPIENTS: { readonly [K in DpLegalBasis]: readonly RecipientType[] } = {
  S31: ['SELF', 'NOMINATED_PERSON'],
  S32: ['AUTHORISED_PERSON'],
};

/**
 * The legal basis that fits an adult's capacity: s32 once they are assessed as lacking capacity,
 * otherwise s31 — capacity assessed as present, or presumed until assessed (MCA 2005 s1(2)).
 */
export function legalBasisForCapacity(capacity: MentalCapacityForDp): DpLegalBasis {
  return capacity === 'LACKS_CAPACITY' ? 'S32' : 'S31';
}

export function checkDirectPaymentEligibility(
  input: DirectPaymentEligibilityInput,
): readonly RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (input.criminalJusticeExclusion) {
    problems.push(
      violation(
        'DP_EXCLUDED',
        'The adult is subject to a criminal-justice requirement that excludes direct payments.',
        ['criminalJusticeExclusion'],
      ),
    );
  }
  const fitting = legalBasisForCapacity(input.mentalCapacityForDp);
  if (fitting !== input.legalBasis) {
    problems.push(
      violation(
        'DP_CAPACITY_MISMATCH',
        input.legalBasis === 'S31'
          ? 'A section 31 direct payment needs an adult with capacity; this adult has been assessed as lacking it.'
          : 'A section 32 direct payment needs an adult assessed as lacking capacity; capacity is presumed until assessed otherwise (Mental Capacity Act 2005 s1(2)).',
        ['legalBasis'],
      ),
    );
  }
  if (!RECIPIENTS[input.legalBasis].includes(input.recipientType)) {
    problems.push(
      violation(
        'DP_RECIPIENT_MISMATCH',
        input.legalBasis === 'S31'
          ? 'Under section 31 the payment goes to the adult or a nominated person.'
          : 'Under section 32 the payment goes to an authorised person.',
        ['recipientType'],
      ),
    );
  }
  return problems;
}
