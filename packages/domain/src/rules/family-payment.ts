/**
 * I-8 Paying family members from a direct payment (Care and Support (Direct Payments)
 * Regulations 2014, reg 3, S-09e): a spouse, civil partner or cohabitee (wherever they live), or a
 * close relative living in the same household, may be paid only where the council considers it
 * necessary — recorded as an approval date and a justification.
 */
import type { FamilyPaymentReason } from '../code-lists/family-payment-reason.ts';
import {
  type FamilyRelationship,
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
  const partner =
    employment.familyRelationship != null && isPartnerRelationship(employment.familyRelationship);
  return partner || employment.livesInSameHousehold;
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
