import { describe, expect, it } from 'vitest';
import { directPaymentAgreementInputSchema } from './direct-payment-agreement.ts';

const agreement = {
  personId: 'p1',
  deploymentId: 'd1',
  recipientType: 'SELF',
  legalBasis: 'S31',
  accountType: 'PREPAID_CARD',
  cardProviderOrganisationId: 'card-co',
  paymentBasis: 'NET',
  paymentFrequency: 'FOUR_WEEKLY',
  contingencyAllowanceWeeksHundredths: 400,
  signedDate: '2024-03-25',
  startDate: '2024-04-01',
  firstReviewDueDate: '2024-06-24',
};

function pathsOf(input: unknown): string[] {
  const result = directPaymentAgreementInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('directPaymentAgreementInputSchema', () => {
  it('accepts a valid agreement and fills defaults', () => {
    const parsed = directPaymentAgreementInputSchema.parse(agreement);
    expect(parsed.conditions).toEqual([]);
    expect(parsed.permittedInHouseUse).toBe(false);
  });

  it('applies I-10: first DP review within 6 months', () => {
    expect(pathsOf({ ...agreement, firstReviewDueDate: '2024-10-01' })).toEqual([]);
    expect(pathsOf({ ...agreement, firstReviewDueDate: '2024-10-02' })).toEqual([
      'firstReviewDueDate',
    ]);
  });

  it('needs the representative for a nominated or authorised person, and the card provider', () => {
    expect(pathsOf({ ...agreement, recipientType: 'NOMINATED_PERSON' })).toEqual([
      'recipientRepresentativeId',
    ]);
    const { cardProviderOrganisationId: _omitted, ...withoutProvider } = agreement;
    expect(pathsOf(withoutProvider)).toEqual(['cardProviderOrganisationId']);
    expect(pathsOf({ ...withoutProvider, accountType: 'DEDICATED_BANK_ACCOUNT' })).toEqual([]);
  });

  it('checks date order', () => {
    expect(pathsOf({ ...agreement, endDate: '2024-03-01' })).toEqual(['endDate']);
    expect(pathsOf({ ...agreement, signedDate: '2024-04-02' })).toEqual(['signedDate']);
  });
});
