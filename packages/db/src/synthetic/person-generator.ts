import type { AccommodationStatus } from '@openpb/domain/code-lists/accommodation-status';
import type { Ethnicity } from '@openpb/domain/code-lists/ethnicity';
import type { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { addDays, type IsoDate } from '@openpb/domain/dates';
import { syntheticNhsNumber } from '@openpb/domain/entities/nhs-number';
import { CASELOAD_PROFILE } from './caseload-profile.ts';
import type { SyntheticCouncil } from './councils.ts';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './names.ts';
import type { Random } from './random.ts';

/** England's 2021 census shares, a little older-skewed as social care users are. */
const ETHNICITY_WEIGHTS: Readonly<Partial<Record<Ethnicity, number>>> = {
  WHITE_BRITISH: 78,
  WHITE_IRISH: 1.2,
  WHITE_GYPSY_OR_IRISH_TRAVELLER: 0.1,
  WHITE_ROMA: 0.1,
  WHITE_OTHER: 4.5,
  ASIAN_INDIAN: 2.8,
  ASIAN_PAKISTANI: 2.4,
  ASIAN_BANGLADESHI: 0.9,
  ASIAN_CHINESE: 0.5,
  ASIAN_OTHER: 1.3,
  BLACK_AFRICAN: 2.2,
  BLACK_CARIBBEAN: 1.1,
  BLACK_OTHER: 0.4,
  MIXED_WHITE_AND_BLACK_CARIBBEAN: 0.6,
  MIXED_WHITE_AND_BLACK_AFRICAN: 0.3,
  MIXED_WHITE_AND_ASIAN: 0.5,
  MIXED_OTHER: 0.5,
  OTHER_ARAB: 0.3,
  OTHER_ANY: 0.8,
  NO_DATA_REFUSED: 0.4,
  NO_DATA_UNDECLARED_OR_NOT_KNOWN: 1.1,
};

const ACCOMMODATION_OLDER: Readonly<Partial<Record<AccommodationStatus, number>>> = {
  OWNER_OCCUPIER: 48,
  TENANT_SOCIAL_LANDLORD: 24,
  TENANT_PRIVATE_LANDLORD: 5,
  SETTLED_WITH_FAMILY_OR_FRIENDS: 9,
  SHELTERED_OR_EXTRA_CARE_HOUSING: 11,
  UNKNOWN: 3,
};

const ACCOMMODATION_WORKING_AGE: Readonly<Partial<Record<AccommodationStatus, number>>> = {
  SETTLED_WITH_FAMILY_OR_FRIENDS: 34,
  SUPPORTED_ACCOMMODATION: 22,
  TENANT_SOCIAL_LANDLORD: 20,
  TENANT_PRIVATE_LANDLORD: 7,
  OWNER_OCCUPIER: 8,
  SHARED_LIVES_SCHEME: 3,
  COUNCIL_TEMPORARY_ACCOMMODATION: 1,
  STAYING_WITH_FAMILY_OR_FRIENDS_SHORT_TERM: 1,
  UNKNOWN: 4,
};

export interface SyntheticPerson {
  readonly id: string;
  readonly councilId: string;
  readonly laPersonId: string;
  readonly nhsNumber: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: IsoDate;
  readonly gender: 'FEMALE' | 'MALE';
  readonly ethnicity: Ethnicity;
  readonly postcode: string;
  readonly clientType: 'SERVICE_USER' | 'CARER';
  readonly primarySupportReason: PrimarySupportReason;
  readonly accommodationStatus: AccommodationStatus;
  readonly mentalCapacityForDp: 'CAPACITY_PRESENT' | 'LACKS_CAPACITY' | 'NOT_ASSESSED';
}

const PSR_SHARES = Object.fromEntries(
  Object.entries(CASELOAD_PROFILE).map(([reason, profile]) => [reason, profile.share]),
) as Record<PrimarySupportReason, number>;

const POSTCODE_UNIT_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** One plausible adult on a council's caseload, drawn from `random`. */
export function generatePerson(
  random: Random,
  council: SyntheticCouncil,
  sequence: number,
  nhsSerial: number,
  asOf: IsoDate,
): SyntheticPerson {
  const primarySupportReason = random.weighted(PSR_SHARES);
  const profile = CASELOAD_PROFILE[primarySupportReason];
  const older = random.chance(profile.over65);
  const age = older
    ? Math.min(104, 65 + Math.floor(Math.abs(random.normal()) * 14))
    : random.int(18, 64);
  const birthDate = addDays(asOf, -(age * 365 + random.int(0, 364) + Math.floor(age / 4)));
  const gender = random.chance(older ? 0.62 : 0.48) ? 'FEMALE' : 'MALE';
  const lacksCapacity =
    primarySupportReason === 'MEMORY_AND_COGNITION'
      ? random.chance(0.55)
      : primarySupportReason === 'LEARNING_DISABILITY'
        ? random.chance(0.4)
        : random.chance(0.03);
  return {
    id: random.uuid(),
    councilId: council.id,
    laPersonId: `${council.laCode}-${String(100000 + sequence)}`,
    nhsNumber: syntheticNhsNumber(nhsSerial),
    givenName: random.pick(gender === 'FEMALE' ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES),
    familyName: random.pick(FAMILY_NAMES),
    birthDate,
    gender,
    ethnicity: random.weighted(ETHNICITY_WEIGHTS as Record<Ethnicity, number>),
    postcode: `${council.postcodeArea}${random.int(1, 19)} ${random.int(1, 9)}${random.pick([...POSTCODE_UNIT_LETTERS])}${random.pick([...POSTCODE_UNIT_LETTERS])}`,
    clientType: primarySupportReason === 'SOCIAL_SUPPORT_TO_CARER' ? 'CARER' : 'SERVICE_USER',
    primarySupportReason,
    accommodationStatus: random.weighted(
      (older ? ACCOMMODATION_OLDER : ACCOMMODATION_WORKING_AGE) as Record<
        AccommodationStatus,
        number
      >,
    ),
    mentalCapacityForDp: lacksCapacity
      ? 'LACKS_CAPACITY'
      : random.chance(0.9)
        ? 'CAPACITY_PRESENT'
        : 'NOT_ASSESSED',
  };
}
