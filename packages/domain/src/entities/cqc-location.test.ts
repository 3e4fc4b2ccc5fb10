import { describe, expect, it } from 'vitest';
import { cqcLocationSchema } from './cqc-location.ts';

describe('cqcLocationSchema (CLD Provider_CQC_Location_ID / _Name)', () => {
  it('accepts a CQC location id with or without a name', () => {
    expect(cqcLocationSchema.parse({ providerCqcLocationId: ' 1-101641599 ' })).toEqual({
      providerCqcLocationId: '1-101641599',
    });
    expect(
      cqcLocationSchema.parse({
        providerCqcLocationId: '1-1000210669',
        providerCqcLocationName: 'Greenway House',
      }),
    ).toEqual({ providerCqcLocationId: '1-1000210669', providerCqcLocationName: 'Greenway House' });
  });

  it('refuses ids that are not CQC location ids (a provider id, an ODS code) and empty names', () => {
    for (const id of ['1-', 'RXX', '2-101641599', '1-10164159x']) {
      expect(cqcLocationSchema.safeParse({ providerCqcLocationId: id }).success).toBe(false);
    }
    expect(
      cqcLocationSchema.safeParse({
        providerCqcLocationId: '1-101641599',
        providerCqcLocationName: ' ',
      }).success,
    ).toBe(false);
  });
});
