import type { DpAccountType } from '@openpb/domain/code-lists/dp-account-type';
import type { DpLegalBasis } from '@openpb/domain/code-lists/dp-legal-basis';
import type { PaymentBasis } from '@openpb/domain/code-lists/payment-basis';
import type { PaymentFrequency } from '@openpb/domain/code-lists/payment-frequency';
import type { RecipientType } from '@openpb/domain/code-lists/recipient-type';
import type { IsoDate } from '@openpb/domain/dates';
import type { LaPolicy } from '@openpb/domain/entities/council-policy';
import { legalBasisForCapacity } from '@openpb/domain/rules/direct-payment-eligibility';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './names.ts';
import type { SyntheticPerson } from './person-generator.ts';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';

export type RepresentativeRow = TableRows['representative'];

/** How a person takes their direct payment, the same for every agreement they sign. */
export interface DirectPaymentArrangement {
  readonly legalBasis: DpLegalBasis;
  readonly recipientType: RecipientType;
  readonly representative: RepresentativeRow | null;
  readonly accountType: DpAccountType;
  readonly accountRef: string;
  readonly paymentBasis: PaymentBasis;
  readonly paymentFrequency: PaymentFrequency;
  readonly employsPersonalAssistants: boolean;
  /** Share of the money paid in that is spent; well below 1 builds a surplus. */
  readonly utilisation: number;
}

/** Share of direct payment holders who underspend enough to build a recoverable surplus. */
const UNDERSPENDERS = 0.15;

/**
 * Draws the arrangement consistently with capacity (I-7): an adult with capacity receives the
 * money under s31 (some through a nominated person); an adult lacking it receives it through an
 * authorised person under s32.
 */
export function drawDirectPaymentArrangement(
  random: Random,
  person: SyntheticPerson,
  policy: LaPolicy,
  firstSignedDate: IsoDate,
): DirectPaymentArrangement {
  const legalBasis = legalBasisForCapacity(person.mentalCapacityForDp);
  if (!legalBasis) throw new Error('A direct payment needs an assessment of capacity');
  const recipientType: RecipientType =
    legalBasis === 'S32' ? 'AUTHORISED_PERSON' : random.chance(0.15) ? 'NOMINATED_PERSON' : 'SELF';
  const representative: RepresentativeRow | null =
    recipientType === 'SELF'
      ? null
      : {
          id: random.uuid(),
          councilId: person.councilId,
          personId: person.id,
          role: recipientType,
          name: `${random.pick(random.chance(0.6) ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES)} ${random.chance(0.7) ? person.familyName : random.pick(FAMILY_NAMES)}`,
          organisationId: null,
          validFrom: firstSignedDate,
          validTo: null,
          consentRecordedOn: firstSignedDate,
        };
  const accountType: DpAccountType = random.weighted({
    [policy.defaultAccountType]: 60,
    DEDICATED_BANK_ACCOUNT: 25,
    MANAGED_ACCOUNT: 15,
  } as Record<DpAccountType, number>);
  return {
    legalBasis,
    recipientType,
    representative,
    accountType,
    accountRef: `****${String(random.int(0, 9_999)).padStart(4, '0')}`,
    paymentBasis: random.chance(0.88) ? policy.defaultPaymentBasis : 'GROSS',
    paymentFrequency: random.chance(0.9) ? policy.defaultPaymentFrequency : 'MONTHLY',
    employsPersonalAssistants: random.chance(0.7),
    utilisation: random.chance(UNDERSPENDERS)
      ? 0.55 + 0.25 * random.next()
      : Math.min(1, 0.9 + 0.1 * random.next()),
  };
}
