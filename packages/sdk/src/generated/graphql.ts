/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '../typed-document.ts';
/** The person's accommodation (CLD Accommodation Status). Source: S-01d, S-01f (R1); S-05 (R2). */
export type AccommodationStatus =
  /** Approved premises for offenders released from prison or under probation supervision */
  | 'APPROVED_PREMISES'
  /** Placed in temporary accommodation by the council (inc. homelessness resettlement) */
  | 'COUNCIL_TEMPORARY_ACCOMMODATION'
  /** CLD R1: Acute / long-term healthcare residential facility or hospital · CLD R2: Acute hospital or long term healthcare residential facility */
  | 'HEALTHCARE_FACILITY_OR_HOSPITAL'
  /** CLD R1: Mobile accommodation for Gypsy / Roma and Traveller communities · CLD R2: Mobile accommodation for Gypsy, Roma and Traveller communities */
  | 'MOBILE_ACCOMMODATION_GYPSY_ROMA_TRAVELLER'
  /** CLD R1: Night shelter / emergency hostel / direct access hostel · CLD R2: Night shelter, emergency hostel or direct access hostel */
  | 'NIGHT_SHELTER_OR_EMERGENCY_HOSTEL'
  /** Other temporary accommodation */
  | 'OTHER_TEMPORARY_ACCOMMODATION'
  /** Owner occupier or shared ownership scheme */
  | 'OWNER_OCCUPIER'
  /** CLD R1: Prison / Young offenders institution / detention centre · CLD R2: Prison, young offenders institution or detention centre */
  | 'PRISON_YOI_OR_DETENTION_CENTRE'
  /** Refuge */
  | 'REFUGE'
  /** Registered care home */
  | 'REGISTERED_CARE_HOME'
  /** Registered nursing home */
  | 'REGISTERED_NURSING_HOME'
  /** CLD R1: Rough sleeper / squatting · CLD R2: Rough sleeper or squatting */
  | 'ROUGH_SLEEPER_OR_SQUATTING'
  /** CLD R1: Settled mainstream housing with family / friends · CLD R2: Settled mainstream housing with family or friends */
  | 'SETTLED_WITH_FAMILY_OR_FRIENDS'
  /** Shared Lives scheme */
  | 'SHARED_LIVES_SCHEME'
  /** CLD R1: Sheltered housing / extra care housing / other sheltered housing · CLD R2: Sheltered housing, extra care housing or other sheltered housing */
  | 'SHELTERED_OR_EXTRA_CARE_HOUSING'
  /** CLD R1: Staying with family / friends as a short-term guest · CLD R2: Staying with family or friends as a short term guest */
  | 'STAYING_WITH_FAMILY_OR_FRIENDS_SHORT_TERM'
  /** CLD R1: Supported accommodation / supported lodgings / supported group home · CLD R2: Supported accommodation, supported lodgings or supported group home */
  | 'SUPPORTED_ACCOMMODATION'
  /** CLD R1: Tenant - private landlord · CLD R2: Tenant: Private landlord */
  | 'TENANT_PRIVATE_LANDLORD'
  /** CLD R1: Tenant · CLD R2: Tenant: Local authority or other social housing provider */
  | 'TENANT_SOCIAL_LANDLORD'
  /** Unknown */
  | 'UNKNOWN';

/** Whether the person is a service user or an unpaid carer. Source: S-02a (R1), S-02c (R2). */
export type ClientType =
  /** CLD R1: Carer · CLD R2: Unpaid carer */
  | 'CARER'
  /** CLD R1: Carer known by association · CLD R2: Unpaid carer known by association */
  | 'CARER_KNOWN_BY_ASSOCIATION'
  /** CLD R1: Service User · CLD R2: Service user */
  | 'SERVICE_USER';

export type CreatePersonInput = {
  accommodationStatus: AccommodationStatus;
  /** The person must be 18 or over. */
  birthDate: string;
  clientType: ClientType;
  ethnicity: Ethnicity;
  familyName: string;
  gender: Gender;
  givenName: string;
  /** The council’s own identifier; unique within the council. */
  laPersonId: string;
  mentalCapacityForDp: MentalCapacityForDp;
  /** 10 digits with a valid modulus-11 check digit. */
  nhsNumber?: string | null | undefined;
  /** A UK postcode; stored upper-case with one space. */
  postcode: string;
  primarySupportReason: PrimarySupportReason;
};

/** How a service line is delivered (CLD Delivery Mechanism), per service line. Source: S-03 (delivery-mechanism), S-02e (R2 spelling). */
export type DeliveryMechanism =
  /** CLD R1: CASSR Commissioned Support · CLD R2: CASSR commissioned support */
  | 'CASSR_COMMISSIONED_SUPPORT'
  /** CLD R1: CASSR Managed Personal Budget · CLD R2: CASSR managed personal budget */
  | 'CASSR_MANAGED_PERSONAL_BUDGET'
  /** CLD R1: Direct Payment · CLD R2: Direct payment */
  | 'DIRECT_PAYMENT'
  /** Reserved: not to be used before charging reform. R2 wording not verified. · Self-Funder Metering Only */
  | 'SELF_FUNDER_METERING_ONLY';

/** How (part of) a personal budget is taken (Statutory Guidance 11.30). Source: S-10d; [P] CLD mapping. */
export type DeploymentMode =
  /** Direct payment */
  | 'DIRECT_PAYMENT'
  /** Individual service fund (third-party managed) */
  | 'ISF'
  /** Council-commissioned support */
  | 'LA_COMMISSIONED'
  /** Council-managed account */
  | 'LA_MANAGED';

/** Machine-readable reason for a business failure. */
export type ErrorCode =
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'APPROVAL_LIMIT_EXCEEDED'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'BUDGET_ARITHMETIC'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'CARD_SWEEP_NOT_NOTIFIED'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'CLD_COST_INCOMPLETE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'COMPLETED_WITHOUT_END_DATE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DELEGATION_GRANTOR_INVALID'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DELEGATION_NOT_ACTIVE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DELEGATION_SCOPE_MISSING'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DEPLOYMENTS_DO_NOT_SUM'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DP_CAPACITY_MISMATCH'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DP_EXCLUDED'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DP_IN_PRISON'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'DP_RECIPIENT_MISMATCH'
  /** A record with the same identifying fields exists already. */
  | 'DUPLICATE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'ELIGIBILITY_INCONSISTENT'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'END_BEFORE_START'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'EVENT_AFTER_DEATH'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'FAMILY_PAYMENT_NOT_APPROVED'
  /** Your role may not do this. */
  | 'FORBIDDEN'
  /** The idempotency key was used before with another payload. */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** The record is not in a state that allows this action. */
  | 'INVALID_STATE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'LEDGER_DIRECTION_INVALID'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'NEGATIVE_AMOUNT'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'NET_PAYMENT_ARITHMETIC'
  /** A referenced record does not exist (or is not visible to you). */
  | 'NOT_FOUND'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'NOT_WHOLE_PENCE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'PLAN_COST_BELOW_BUDGET'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'PLAN_COST_EXCEEDS_BUDGET'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'QUALIFIED_SOCIAL_WORKER_REQUIRED'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'RECOVERY_EXCEEDS_RECOVERABLE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'REVIEW_DUE_AFTER_TARGET'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'REVIEW_DUE_TOO_LATE'
  /** A rule of domain.md §6.4 was broken (see RuleViolationError). */
  | 'REVIEW_OUTCOME_REQUIRED'
  /** The input has the wrong shape or format. */
  | 'VALIDATION_FAILED'
  /** The record changed since you read it; read it again. */
  | 'VERSION_CONFLICT';

/** The person's ethnicity (CLD R2, 2021-census style). Source: S-02c. */
export type Ethnicity =
  /** CLD R2: Asian or Asian British: Bangladeshi */
  | 'ASIAN_BANGLADESHI'
  /** CLD R2: Asian or Asian British: Chinese */
  | 'ASIAN_CHINESE'
  /** CLD R2: Asian or Asian British: Indian */
  | 'ASIAN_INDIAN'
  /** CLD R2: Asian or Asian British: Any other Asian background */
  | 'ASIAN_OTHER'
  /** CLD R2: Asian or Asian British: Pakistani */
  | 'ASIAN_PAKISTANI'
  /** CLD R2: Black, Black British, Caribbean or African: African */
  | 'BLACK_AFRICAN'
  /** CLD R2: Black, Black British, Caribbean or African: Caribbean */
  | 'BLACK_CARIBBEAN'
  /** CLD R2: Black, Black British, Caribbean or African: Any other Black, Black British or Caribbean background */
  | 'BLACK_OTHER'
  /** CLD R2: Mixed or multiple ethnic groups: Any other Mixed or multiple ethnic background */
  | 'MIXED_OTHER'
  /** CLD R2: Mixed or multiple ethnic groups: White and Asian */
  | 'MIXED_WHITE_AND_ASIAN'
  /** CLD R2: Mixed or multiple ethnic groups: White and Black African */
  | 'MIXED_WHITE_AND_BLACK_AFRICAN'
  /** CLD R2: Mixed or multiple ethnic groups: White and Black Caribbean */
  | 'MIXED_WHITE_AND_BLACK_CARIBBEAN'
  /** CLD R2: No data: Refused */
  | 'NO_DATA_REFUSED'
  /** CLD R2: No data: Undeclared or not known */
  | 'NO_DATA_UNDECLARED_OR_NOT_KNOWN'
  /** CLD R2: Other ethnic group: Any other ethnic group */
  | 'OTHER_ANY'
  /** CLD R2: Other ethnic group: Arab */
  | 'OTHER_ARAB'
  /** CLD R2: White: English, Welsh, Scottish, Northern Irish or British */
  | 'WHITE_BRITISH'
  /** CLD R2: White: Gypsy or Irish Traveller */
  | 'WHITE_GYPSY_OR_IRISH_TRAVELLER'
  /** CLD R2: White: Irish */
  | 'WHITE_IRISH'
  /** CLD R2: White: Any other White background */
  | 'WHITE_OTHER'
  /** CLD R2: White: Roma */
  | 'WHITE_ROMA';

/** The person's gender as CLD records it. Source: S-02a; S-02 code. */
export type Gender =
  /** Female */
  | 'FEMALE'
  /** Male */
  | 'MALE'
  /** Other or indeterminate. · Other */
  | 'OTHER'
  /** Unknown */
  | 'UNKNOWN';

/** Whether the adult has capacity to request and manage a direct payment. Source: S-10e, S-15. */
export type MentalCapacityForDp =
  /** Has capacity (section 31) */
  | 'CAPACITY_PRESENT'
  /** Lacks capacity (section 32) */
  | 'LACKS_CAPACITY'
  /** Not assessed */
  | 'NOT_ASSESSED';

/** Narrows the people list. All given conditions must hold. */
export type PeopleFilter = {
  primarySupportReason?: PrimarySupportReason | null | undefined;
  /** Matches the start of the family name or given name (case-insensitive), or the exact LA person id. */
  search?: string | null | undefined;
};

/** Where a personal budget version is in its life. Source: [P]. */
export type PersonalBudgetStatus =
  /** Awaiting sign-off */
  | 'AWAITING_SIGN_OFF'
  /** Ended */
  | 'ENDED'
  /** Proposed */
  | 'PROPOSED'
  /** Rejected */
  | 'REJECTED'
  /** Signed off */
  | 'SIGNED_OFF'
  /** Superseded */
  | 'SUPERSEDED';

/** The person's primary reason for needing support (CLD PSR). Source: S-01b (R1); S-02 code and S-05 (R2). */
export type PrimarySupportReason =
  /** CLD R1: Learning Disability Support · CLD R2: Learning disability support */
  | 'LEARNING_DISABILITY'
  /** CLD R1: Support with Memory & Cognition · CLD R2: Support with memory and cognition */
  | 'MEMORY_AND_COGNITION'
  /** CLD R1: Mental Health Support · CLD R2: Mental health support */
  | 'MENTAL_HEALTH'
  /** CLD R1: Physical Support: Access & mobility only · CLD R2: Physical support: Access and mobility only */
  | 'PHYSICAL_ACCESS_AND_MOBILITY'
  /** CLD R1: Physical Support: Personal care support · CLD R2: Physical support: Personal care support */
  | 'PHYSICAL_PERSONAL_CARE'
  /** CLD R1: Sensory Support: Support for dual impairment · CLD R2: Sensory support: Support for dual impairment */
  | 'SENSORY_DUAL'
  /** CLD R1: Sensory Support: Support for hearing impairment · CLD R2: Sensory support: Support for hearing impairment */
  | 'SENSORY_HEARING'
  /** CLD R1: Sensory Support: Support for visual impairment · CLD R2: Sensory support: Support for visual impairment */
  | 'SENSORY_VISUAL'
  /** CLD R1: Social Support: Asylum seeker support · CLD R2: Social support: Asylum seeker support */
  | 'SOCIAL_ASYLUM_SEEKER'
  /** CLD R1: Social Support: Support for Social Isolation/Other · CLD R2: Social support: Support for social isolation or other reason */
  | 'SOCIAL_ISOLATION_OTHER'
  /** CLD R1: Social Support: Substance misuse support · CLD R2: Social support: Substance misuse support */
  | 'SOCIAL_SUBSTANCE_MISUSE'
  /** CLD R1: Social Support: Support to Carer · CLD R2: Social support: Support to unpaid carer */
  | 'SOCIAL_SUPPORT_TO_CARER'
  /** Unknown */
  | 'UNKNOWN';

export type CreatePersonMutationVariables = Exact<{
  input: CreatePersonInput;
}>;


export type CreatePersonMutation = { createPerson:
    | { __typename: 'ConflictError', message: string, code: ErrorCode, path: Array<string> | null }
    | { __typename: 'MutationCreatePersonSuccess', person: { id: string, laPersonId: string, nhsNumber: string | null, givenName: string, familyName: string, birthDate: string, deathDate: string | null, gender: Gender, ethnicity: Ethnicity, postcode: string, clientType: ClientType, primarySupportReason: PrimarySupportReason, accommodationStatus: AccommodationStatus, mentalCapacityForDp: MentalCapacityForDp } }
    | { __typename: 'ValidationError', message: string, code: ErrorCode, path: Array<string> | null, issues: Array<{ path: Array<string>, message: string, code: string }> }
   };

export type PeopleQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: PeopleFilter | null | undefined;
}>;


export type PeopleQuery = { people: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, laPersonId: string, nhsNumber: string | null, givenName: string, familyName: string, birthDate: string, deathDate: string | null, gender: Gender, ethnicity: Ethnicity, postcode: string, clientType: ClientType, primarySupportReason: PrimarySupportReason, accommodationStatus: AccommodationStatus, mentalCapacityForDp: MentalCapacityForDp } }> } };

export type PersonBudgetsQueryVariables = Exact<{
  id: string;
  first: number;
  after: string;
}>;


export type PersonBudgetsQuery = { node:
    | { __typename: 'Council' }
    | { __typename: 'Person', personalBudgets: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: PersonalBudgetStatus, annualTotalPence: number, annualLaContributionPence: number, annualPersonContributionPence: number, weeklyTotalPence: number, effectiveFrom: string, effectiveTo: string | null, deployments: Array<{ mode: DeploymentMode, deliveryMechanism: DeliveryMechanism, annualAmountPence: number }> } }> } }
    | { __typename: 'PersonalBudget' }
   | null };

export type PersonFieldsFragment = { id: string, laPersonId: string, nhsNumber: string | null, givenName: string, familyName: string, birthDate: string, deathDate: string | null, gender: Gender, ethnicity: Ethnicity, postcode: string, clientType: ClientType, primarySupportReason: PrimarySupportReason, accommodationStatus: AccommodationStatus, mentalCapacityForDp: MentalCapacityForDp };

export type PersonQueryVariables = Exact<{
  id: string;
  budgetsFirst: number;
}>;


export type PersonQuery = { node:
    | { __typename: 'Council' }
    | { __typename: 'Person', id: string, laPersonId: string, nhsNumber: string | null, givenName: string, familyName: string, birthDate: string, deathDate: string | null, gender: Gender, ethnicity: Ethnicity, postcode: string, clientType: ClientType, primarySupportReason: PrimarySupportReason, accommodationStatus: AccommodationStatus, mentalCapacityForDp: MentalCapacityForDp, personalBudgets: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, status: PersonalBudgetStatus, annualTotalPence: number, annualLaContributionPence: number, annualPersonContributionPence: number, weeklyTotalPence: number, effectiveFrom: string, effectiveTo: string | null, deployments: Array<{ mode: DeploymentMode, deliveryMechanism: DeliveryMechanism, annualAmountPence: number }> } }> } }
    | { __typename: 'PersonalBudget' }
   | null };

export type PersonalBudgetFieldsFragment = { id: string, version: number, status: PersonalBudgetStatus, annualTotalPence: number, annualLaContributionPence: number, annualPersonContributionPence: number, weeklyTotalPence: number, effectiveFrom: string, effectiveTo: string | null, deployments: Array<{ mode: DeploymentMode, deliveryMechanism: DeliveryMechanism, annualAmountPence: number }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, roles: Array<string>, council: { id: string, laCode: string, name: string, region: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const PersonFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonFields on Person {
  id
  laPersonId
  nhsNumber
  givenName
  familyName
  birthDate
  deathDate
  gender
  ethnicity
  postcode
  clientType
  primarySupportReason
  accommodationStatus
  mentalCapacityForDp
}
    `, {"fragmentName":"PersonFields"}) as unknown as TypedDocumentString<PersonFieldsFragment, unknown>;
export const PersonalBudgetFieldsFragmentDoc = new TypedDocumentString(`
    fragment PersonalBudgetFields on PersonalBudget {
  id
  version
  status
  annualTotalPence
  annualLaContributionPence
  annualPersonContributionPence
  weeklyTotalPence
  effectiveFrom
  effectiveTo
  deployments {
    mode
    deliveryMechanism
    annualAmountPence
  }
}
    `, {"fragmentName":"PersonalBudgetFields"}) as unknown as TypedDocumentString<PersonalBudgetFieldsFragment, unknown>;
export const CreatePersonDocument = new TypedDocumentString(`
    mutation CreatePerson($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on MutationCreatePersonSuccess {
      person {
        ...PersonFields
      }
    }
    ... on Error {
      message
      code
      path
    }
    ... on ValidationError {
      issues {
        path
        message
        code
      }
    }
  }
}
    fragment PersonFields on Person {
  id
  laPersonId
  nhsNumber
  givenName
  familyName
  birthDate
  deathDate
  gender
  ethnicity
  postcode
  clientType
  primarySupportReason
  accommodationStatus
  mentalCapacityForDp
}`) as unknown as TypedDocumentString<CreatePersonMutation, CreatePersonMutationVariables>;
export const PeopleDocument = new TypedDocumentString(`
    query People($first: Int!, $after: String, $filter: PeopleFilter) {
  people(first: $first, after: $after, filter: $filter) {
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ...PersonFields
      }
    }
  }
}
    fragment PersonFields on Person {
  id
  laPersonId
  nhsNumber
  givenName
  familyName
  birthDate
  deathDate
  gender
  ethnicity
  postcode
  clientType
  primarySupportReason
  accommodationStatus
  mentalCapacityForDp
}`) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const PersonBudgetsDocument = new TypedDocumentString(`
    query PersonBudgets($id: ID!, $first: Int!, $after: String!) {
  node(id: $id) {
    __typename
    ... on Person {
      personalBudgets(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PersonalBudgetFields
          }
        }
      }
    }
  }
}
    fragment PersonalBudgetFields on PersonalBudget {
  id
  version
  status
  annualTotalPence
  annualLaContributionPence
  annualPersonContributionPence
  weeklyTotalPence
  effectiveFrom
  effectiveTo
  deployments {
    mode
    deliveryMechanism
    annualAmountPence
  }
}`) as unknown as TypedDocumentString<PersonBudgetsQuery, PersonBudgetsQueryVariables>;
export const PersonDocument = new TypedDocumentString(`
    query Person($id: ID!, $budgetsFirst: Int!) {
  node(id: $id) {
    __typename
    ... on Person {
      ...PersonFields
      personalBudgets(first: $budgetsFirst) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...PersonalBudgetFields
          }
        }
      }
    }
  }
}
    fragment PersonFields on Person {
  id
  laPersonId
  nhsNumber
  givenName
  familyName
  birthDate
  deathDate
  gender
  ethnicity
  postcode
  clientType
  primarySupportReason
  accommodationStatus
  mentalCapacityForDp
}
fragment PersonalBudgetFields on PersonalBudget {
  id
  version
  status
  annualTotalPence
  annualLaContributionPence
  annualPersonContributionPence
  weeklyTotalPence
  effectiveFrom
  effectiveTo
  deployments {
    mode
    deliveryMechanism
    annualAmountPence
  }
}`) as unknown as TypedDocumentString<PersonQuery, PersonQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    subject
    roles
    council {
      id
      laCode
      name
      region
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;