/**
 * I-7 Direct payment eligibility (Care Act 2014 s31/s32, S-10e; council practice S-15):
 * - s31: the adult has capacity; the payment goes to the adult or a nominated person;
 * - s32: the adult lacks capacity; the payment goes to an authorised person;
 * - people subject to certain criminal-justice requirements are excluded.
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

/** The legal basis that fits an adult's capacity, or `null` until capacity is assessed. */
export function legalBasisForCapacity(capacity: MentalCapacityForDp): DpLegalBasis | null {
  if (capacity === 'CAPACITY_PRESENT') return 'S31';
  if (capacity === 'LACKS_CAPACITY') return 'S32';
  return null;
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
          ? 'A section 31 direct payment needs an adult assessed as having capacity.'
          : 'A section 32 direct payment needs an adult assessed as lacking capacity.',
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
