import { describe, expect, it } from 'vitest';
import { checkFamilyPayment, requiresFamilyPaymentApproval } from './family-payment.ts';

describe('I-8 family member payments', () => {
  it('does not apply to workers who are not family', () => {
    expect(checkFamilyPayment({ isFamilyMember: false, livesInSameHousehold: true })).toEqual([]);
  });

  it('does not apply to a relative living elsewhere', () => {
    const sister = {
      isFamilyMember: true,
      familyRelationship: 'BROTHER_OR_SISTER',
      livesInSameHousehold: false,
    } as const;
    expect(requiresFamilyPaymentApproval(sister)).toBe(false);
    expect(checkFamilyPayment(sister)).toEqual([]);
  });

  it('applies to a spouse wherever they live', () => {
    expect(
      requiresFamilyPaymentApproval({
        isFamilyMember: true,
        familyRelationship: 'SPOUSE_OR_CIVIL_PARTNER',
        livesInSameHousehold: false,
      }),
    ).toBe(true);
  });

  it('passes once approved with a justification', () => {
    expect(
      checkFamilyPayment({
        isFamilyMember: true,
        familyRelationship: 'SON_OR_DAUGHTER',
        livesInSameHousehold: true,
        familyPaymentApprovedOn: '2024-05-01',
        familyPaymentJustification: 'INTIMATE_CARE_PREFERENCE',
      }),
    ).toEqual([]);
  });

  it('fails with FAMILY_PAYMENT_NOT_APPROVED at each missing field', () => {
    expect(
      checkFamilyPayment({
        isFamilyMember: true,
        familyRelationship: 'COHABITEE',
        livesInSameHousehold: true,
      }).map((p) => [p.code, p.path]),
    ).toEqual([
      ['FAMILY_PAYMENT_NOT_APPROVED', ['familyPaymentApprovedOn']],
      ['FAMILY_PAYMENT_NOT_APPROVED', ['familyPaymentJustification']],
    ]);
    expect(
      checkFamilyPayment({
        isFamilyMember: true,
        livesInSameHousehold: true,
        familyPaymentApprovedOn: '2024-05-01',
      }).map((p) => p.path),
    ).toEqual([['familyPaymentJustification']]);
  });
});
