import { describe, expect, it } from 'vitest';
import { FamilyRelationship } from '../code-lists/family-relationship.ts';
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

describe('I-8 only the relatives reg 3 names', () => {
  const inHousehold = (familyRelationship: FamilyRelationship) =>
    ({ isFamilyMember: true, familyRelationship, livesInSameHousehold: true }) as const;

  it('a cousin in the household needs no decision (not named in reg 3(3))', () => {
    expect(requiresFamilyPaymentApproval(inHousehold('OTHER_RELATIVE'))).toBe(false);
    expect(checkFamilyPayment(inHousehold('OTHER_RELATIVE'))).toEqual([]);
  });

  it.each([
    'PARENT_OR_PARENT_IN_LAW',
    'SON_OR_DAUGHTER',
    'SON_OR_DAUGHTER_IN_LAW',
    'STEPSON_OR_STEPDAUGHTER',
    'BROTHER_OR_SISTER',
    'AUNT_OR_UNCLE',
    'GRANDPARENT',
    'SPOUSE_OR_PARTNER_OF_RELATIVE',
  ] as const)(
    'a %s in the household needs the council’s decision (reg 3(3)(c)–(e))',
    (relation) => {
      expect(requiresFamilyPaymentApproval(inHousehold(relation))).toBe(true);
      expect(checkFamilyPayment(inHousehold(relation))[0]?.code).toBe(
        'FAMILY_PAYMENT_NOT_APPROVED',
      );
    },
  );

  it('a named relative living elsewhere needs none; a partner always does (reg 3(3)(a)–(b))', () => {
    for (const relation of FamilyRelationship.codes) {
      const elsewhere = { ...inHousehold(relation), livesInSameHousehold: false };
      expect(requiresFamilyPaymentApproval(elsewhere)).toBe(
        relation === 'SPOUSE_OR_CIVIL_PARTNER' || relation === 'COHABITEE',
      );
    }
  });
});

describe('I-8 relationship unknown', () => {
  it.each([true, false])(
    'a family member with no relationship recorded needs the council’s decision (household: %s)',
    (livesInSameHousehold) => {
      const unknown = { isFamilyMember: true, livesInSameHousehold } as const;
      expect(requiresFamilyPaymentApproval(unknown)).toBe(true);
      expect(requiresFamilyPaymentApproval({ ...unknown, familyRelationship: null })).toBe(true);
      expect(checkFamilyPayment(unknown).map((p) => p.code)).toEqual([
        'FAMILY_PAYMENT_NOT_APPROVED',
        'FAMILY_PAYMENT_NOT_APPROVED',
      ]);
      expect(
        checkFamilyPayment({
          ...unknown,
          familyPaymentApprovedOn: '2024-05-01',
          familyPaymentJustification: 'INTIMATE_CARE_PREFERENCE',
        }),
      ).toEqual([]);
    },
  );

  it('a worker who is not family needs none, in the household or not', () => {
    for (const livesInSameHousehold of [true, false]) {
      expect(requiresFamilyPaymentApproval({ isFamilyMember: false, livesInSameHousehold })).toBe(
        false,
      );
    }
  });
});
