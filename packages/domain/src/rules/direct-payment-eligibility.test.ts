import { describe, expect, it } from 'vitest';
import {
  checkDirectPaymentEligibility,
  legalBasisForCapacity,
} from './direct-payment-eligibility.ts';

describe('I-7 direct payment eligibility', () => {
  it('passes s31 to the adult or a nominated person when the adult has capacity', () => {
    for (const recipientType of ['SELF', 'NOMINATED_PERSON'] as const) {
      expect(
        checkDirectPaymentEligibility({
          legalBasis: 'S31',
          recipientType,
          mentalCapacityForDp: 'CAPACITY_PRESENT',
          criminalJusticeExclusion: false,
        }),
      ).toEqual([]);
    }
  });

  it('passes s32 to an authorised person when the adult lacks capacity', () => {
    expect(
      checkDirectPaymentEligibility({
        legalBasis: 'S32',
        recipientType: 'AUTHORISED_PERSON',
        mentalCapacityForDp: 'LACKS_CAPACITY',
        criminalJusticeExclusion: false,
      }),
    ).toEqual([]);
  });

  it('presumes capacity until assessed otherwise (MCA 2005 s1(2)): "not assessed" passes s31', () => {
    for (const recipientType of ['SELF', 'NOMINATED_PERSON'] as const) {
      expect(
        checkDirectPaymentEligibility({
          legalBasis: 'S31',
          recipientType,
          mentalCapacityForDp: 'NOT_ASSESSED',
          criminalJusticeExclusion: false,
        }),
      ).toEqual([]);
    }
  });

  it('fails s31 with DP_CAPACITY_MISMATCH at legalBasis once assessed as lacking capacity', () => {
    expect(
      checkDirectPaymentEligibility({
        legalBasis: 'S31',
        recipientType: 'SELF',
        mentalCapacityForDp: 'LACKS_CAPACITY',
        criminalJusticeExclusion: false,
      }),
    ).toEqual([
      { code: 'DP_CAPACITY_MISMATCH', message: expect.any(String), path: ['legalBasis'] },
    ]);
  });

  it('fails s32 without an assessment that the adult lacks capacity (presumption, MCA 2005 s1(2))', () => {
    for (const mentalCapacityForDp of ['NOT_ASSESSED', 'CAPACITY_PRESENT'] as const) {
      expect(
        checkDirectPaymentEligibility({
          legalBasis: 'S32',
          recipientType: 'AUTHORISED_PERSON',
          mentalCapacityForDp,
          criminalJusticeExclusion: false,
        }).map((p) => [p.code, p.path]),
      ).toEqual([['DP_CAPACITY_MISMATCH', ['legalBasis']]]);
    }
  });

  it('fails with DP_RECIPIENT_MISMATCH at recipientType', () => {
    expect(
      checkDirectPaymentEligibility({
        legalBasis: 'S32',
        recipientType: 'SELF',
        mentalCapacityForDp: 'LACKS_CAPACITY',
        criminalJusticeExclusion: false,
      }),
    ).toEqual([
      { code: 'DP_RECIPIENT_MISMATCH', message: expect.any(String), path: ['recipientType'] },
    ]);
  });

  it('fails with DP_EXCLUDED when a criminal-justice exclusion applies', () => {
    expect(
      checkDirectPaymentEligibility({
        legalBasis: 'S31',
        recipientType: 'SELF',
        mentalCapacityForDp: 'CAPACITY_PRESENT',
        criminalJusticeExclusion: true,
      }).map((p) => [p.code, p.path]),
    ).toEqual([['DP_EXCLUDED', ['criminalJusticeExclusion']]]);
  });

  it('maps capacity to a legal basis, presuming capacity when not assessed (MCA 2005 s1(2))', () => {
    expect(legalBasisForCapacity('CAPACITY_PRESENT')).toBe('S31');
    expect(legalBasisForCapacity('LACKS_CAPACITY')).toBe('S32');
    expect(legalBasisForCapacity('NOT_ASSESSED')).toBe('S31');
  });
});
