/**
 * I-8 Paying family members from a direct payment (Care and Support (Direct Payments)
 * Regulations 2014, reg 3, S-09e): a direct payment must not pay, unless the council considers it
 * necessary (reg 3(2)) — recorded as an approval date and a justification —
 * - reg 3(3)(a) the adult's spouse or civil partner, and (b) a person living with the adult as if
 *   their spouse or civil partner, wherever they live;
 * - reg 3(3)(c) a person living in the same household who is the adult's parent or parent-in-law,
 *   son or daughter, son- or daughter-in-law, stepson or stepdaughter, brother or sister, aunt or
 *   uncle, or grandparent — and the spouse, civil partner or partner of one of them in the
 *   household.
 * Anyone else — a cousin, a niece or nephew, a friend — may be paid with no such decision, even in
 * the same household (OTHER_RELATIVE). A family member whose relationship is not recorded
 * ("relationship unknown") needs the council's decision wherever they live: they may be a named
 * household relative, or a partner living apart (reg 3(3)(a)–(b)), so nothing unlawful passes for
 * want of a record.
 */
import type { FamilyPaymentReason } from '../code-lists/family-payment-reason.ts';
import {
  type FamilyRelationship,
  isNamedHouseholdRelative,
  isPartnerRelationship,
} from '../code-lists/family-relationship.ts';
import type { IsoDate } from '../dates.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface FamilyPaymentInput {
  readonly isFamilyMember: boolean;
  readonly familyRelationship?: FamilyRelationship | null | undefined;
  readonly livesInSameHousehold: boolean;
  readonly familyPaymentApprovedOn?: IsoDate | null | undefined;
  readonly familyPaymentJustification?: FamilyPaymentReason | null | undefined;
}

/** Whether paying this worker needs the council's approval under reg 3. */
export function requiresFamilyPaymentApproval(employment: FamilyPaymentInput): boolean {
  if (!employment.isFamilyMember) return false;
  const relationship = employment.familyRelationship ?? null;
  // relationship unknown: it may be one reg 3(3) names, so the council decides (reg 3(2))
  if (relationship === null) return true;
  if (isPartnerRelationship(relationship)) return true;
  return employment.livesInSameHousehold && isNamedHouseholdRelative(relationship);
}

export function checkFamilyPayment(employment: FamilyPaymentInput): readonly RuleViolation[] {
  if (!requiresFamilyPaymentApproval(employment)) return [];
  const problems: RuleViolation[] = [];
  if (employment.familyPaymentApprovedOn == null) {
    problems.push(
      violation(
        'FAMILY_PAYMENT_NOT_APPROVED',
        'Paying a partner or a relative in the same household needs the council to agree it is necessary (approval date).',
        ['familyPaymentApprovedOn'],
      ),
    );
  }
  if (employment.familyPaymentJustification == null) {
    problems.push(
      violation(
        'FAMILY_PAYMENT_NOT_APPROVED',
        'Paying a partner or a relative in the same household needs a recorded justification.',
        ['familyPaymentJustification'],
      ),
    );
  }
  return problems;
}
