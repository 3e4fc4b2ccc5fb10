import { describe, expect, it } from 'vitest';
import { paEmploymentInputSchema } from './pa-employment.ts';

const worker = {
  agreementId: 'a1',
  workerRef: 'w1',
  employmentType: 'EMPLOYED',
  isFamilyMember: false,
  livesInSameHousehold: false,
  hourlyRatePence: 1250,
};

function pathsOf(input: unknown): string[] {
  const result = paEmploymentInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('paEmploymentInputSchema', () => {
  it('accepts an unrelated PA', () => {
    expect(pathsOf(worker)).toEqual([]);
  });

  it('applies I-8 to a relative in the same household', () => {
    expect(
      pathsOf({
        ...worker,
        isFamilyMember: true,
        familyRelationship: 'SON_OR_DAUGHTER',
        livesInSameHousehold: true,
      }),
    ).toEqual(['familyPaymentApprovedOn', 'familyPaymentJustification']);
    expect(
      pathsOf({
        ...worker,
        isFamilyMember: true,
        familyRelationship: 'SON_OR_DAUGHTER',
        livesInSameHousehold: true,
        familyPaymentApprovedOn: '2024-04-01',
        familyPaymentJustification: 'COMMUNICATION_NEEDS',
      }),
    ).toEqual([]);
  });

  it('a family member whose relationship is not known needs the council’s decision (reg 3)', () => {
    for (const livesInSameHousehold of [true, false]) {
      const unknown = { ...worker, isFamilyMember: true, livesInSameHousehold };
      expect(pathsOf(unknown)).toEqual(['familyPaymentApprovedOn', 'familyPaymentJustification']);
      expect(
        pathsOf({
          ...unknown,
          familyPaymentApprovedOn: '2024-04-01',
          familyPaymentJustification: 'COMMUNICATION_NEEDS',
        }),
      ).toEqual([]);
    }
  });
});
