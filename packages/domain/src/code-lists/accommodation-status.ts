import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Accommodation Status, 20 values (domain.md §3.1.2). R1 labels and the settled/unsettled split
 * (settled = the first nine) [S-01d, S-01f]; R2 wording from the CLD vocabulary republished by S-05
 * (domain.md quotes "Tenant: Private landlord" and "Tenant: Local authority or other social housing
 * provider" [S-02 grep]).
 */
export const AccommodationStatus = defineCodeList({
  name: 'AccommodationStatus',
  description: "The person's accommodation (CLD Accommodation Status).",
  source: 'S-01d, S-01f (R1); S-05 (R2)',
  entries: {
    OWNER_OCCUPIER: {
      r1: 'Owner occupier or shared ownership scheme',
      r2: 'Owner occupier or shared ownership scheme',
    },
    TENANT_SOCIAL_LANDLORD: {
      r1: 'Tenant',
      r2: 'Tenant: Local authority or other social housing provider',
    },
    TENANT_PRIVATE_LANDLORD: { r1: 'Tenant - private landlord', r2: 'Tenant: Private landlord' },
    SETTLED_WITH_FAMILY_OR_FRIENDS: {
      r1: 'Settled mainstream housing with family / friends',
      r2: 'Settled mainstream housing with family or friends',
    },
    SUPPORTED_ACCOMMODATION: {
      r1: 'Supported accommodation / supported lodgings / supported group home',
      r2: 'Supported accommodation, supported lodgings or supported group home',
    },
    SHARED_LIVES_SCHEME: { r1: 'Shared Lives scheme', r2: 'Shared Lives scheme' },
    APPROVED_PREMISES: {
      r1: 'Approved premises for offenders released from prison or under probation supervision',
      r2: 'Approved premises for offenders released from prison or under probation supervision',
    },
    SHELTERED_OR_EXTRA_CARE_HOUSING: {
      r1: 'Sheltered housing / extra care housing / other sheltered housing',
      r2: 'Sheltered housing, extra care housing or other sheltered housing',
    },
    MOBILE_ACCOMMODATION_GYPSY_ROMA_TRAVELLER: {
      r1: 'Mobile accommodation for Gypsy / Roma and Traveller communities',
      r2: 'Mobile accommodation for Gypsy, Roma and Traveller communities',
    },
    ROUGH_SLEEPER_OR_SQUATTING: {
      r1: 'Rough sleeper / squatting',
      r2: 'Rough sleeper or squatting',
    },
    NIGHT_SHELTER_OR_EMERGENCY_HOSTEL: {
      r1: 'Night shelter / emergency hostel / direct access hostel',
      r2: 'Night shelter, emergency hostel or direct access hostel',
    },
    REFUGE: { r1: 'Refuge', r2: 'Refuge' },
    COUNCIL_TEMPORARY_ACCOMMODATION: {
      r1: 'Placed in temporary accommodation by the council (inc. homelessness resettlement)',
      r2: 'Placed in temporary accommodation by the council (inc. homelessness resettlement)',
    },
    STAYING_WITH_FAMILY_OR_FRIENDS_SHORT_TERM: {
      r1: 'Staying with family / friends as a short-term guest',
      r2: 'Staying with family or friends as a short term guest',
    },
    HEALTHCARE_FACILITY_OR_HOSPITAL: {
      r1: 'Acute / long-term healthcare residential facility or hospital',
      r2: 'Acute hospital or long term healthcare residential facility',
    },
    REGISTERED_CARE_HOME: { r1: 'Registered care home', r2: 'Registered care home' },
    REGISTERED_NURSING_HOME: { r1: 'Registered nursing home', r2: 'Registered nursing home' },
    PRISON_YOI_OR_DETENTION_CENTRE: {
      r1: 'Prison / Young offenders institution / detention centre',
      r2: 'Prison, young offenders institution or detention centre',
    },
    OTHER_TEMPORARY_ACCOMMODATION: {
      r1: 'Other temporary accommodation',
      r2: 'Other temporary accommodation',
    },
    UNKNOWN: { r1: 'Unknown', r2: 'Unknown' },
  },
});

export type AccommodationStatus = CodeOf<typeof AccommodationStatus>;

const SETTLED: readonly AccommodationStatus[] = [
  'OWNER_OCCUPIER',
  'TENANT_SOCIAL_LANDLORD',
  'TENANT_PRIVATE_LANDLORD',
  'SETTLED_WITH_FAMILY_OR_FRIENDS',
  'SUPPORTED_ACCOMMODATION',
  'SHARED_LIVES_SCHEME',
  'APPROVED_PREMISES',
  'SHELTERED_OR_EXTRA_CARE_HOUSING',
  'MOBILE_ACCOMMODATION_GYPSY_ROMA_TRAVELLER',
];

/** Settled accommodation as SALT LTS004 / ASCOF count it: the first nine values [S-01d]. */
export function isSettledAccommodation(status: AccommodationStatus): boolean {
  return SETTLED.includes(status);
}
