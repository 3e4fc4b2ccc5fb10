/** Complete CLD events for tests, one per event type; override a field to break a rule. */
import type { CldEvent, CldSubmission } from './cld-event.ts';
import { CLD_CODED_FIELDS, type CldCodedFieldName } from './cld-event-coded-fields.ts';
import { CLD_PERSON_DETAIL_FIELDS, type CldPersonDetailField } from './cld-event-peers.ts';
import { CLD_QUALITY_RULES, type CldQualityRule } from './cld-quality-rules.ts';

export const SUBMISSION: CldSubmission = {
  release: 'R2',
  periodStart: '2025-01-01',
  periodEnd: '2025-03-31',
};

const person = {
  laCode: '990',
  laPersonId: 'EM-1',
  nhsNumber: '9990000018',
  gpPracticeCode: 'Y01234',
  gpPracticeName: 'Eastmarsh Surgery',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  birthDate: '1980-06-14',
  clientType: 'SERVICE_USER',
  primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
  postcode: 'EM1 2AB',
  accommodationStatus: 'TENANT_PRIVATE_LANDLORD',
  employmentStatus: null,
  hasUnpaidCarer: true,
  autism: false,
  visualImpairment: true,
  hearingImpairment: false,
  dementia: null,
  clientFundingStatus: 'FULLY_SOCIAL_CARE_FUNDED',
  deathDate: null,
  hoursCaringPerWeekHundredths: null,
  adultsCaredFor: null,
  linkedPersonIds: [],
} as const;

const noEventFields = {
  description: null,
  outcome: null,
  routeOfAccess: null,
  assessmentType: null,
  eligibleNeedsIdentified: null,
  methodOfAssessment: null,
  serviceType: null,
  serviceComponent: null,
  deliveryMechanism: null,
  providerCqcLocationId: null,
  providerCqcLocationName: null,
  unitCostPence: null,
  costFrequency: null,
  plannedUnitsPerWeekHundredths: null,
  reviewReason: null,
  methodOfReview: null,
  reviewOutcomesAchieved: null,
} as const;

export const REQUEST_EVENT: CldEvent = {
  ...person,
  ...noEventFields,
  eventType: 'REQUEST',
  eventReference: 'req-1',
  startDate: '2025-01-05',
  endDate: '2025-01-06',
  outcome: 'PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT',
  routeOfAccess: 'DISCHARGE_FROM_HOSPITAL',
};

export const ASSESSMENT_EVENT: CldEvent = {
  ...person,
  ...noEventFields,
  eventType: 'ASSESSMENT',
  eventReference: 'asm-1',
  startDate: '2025-01-10',
  endDate: '2025-02-01',
  outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
  assessmentType: 'LONG_TERM',
  eligibleNeedsIdentified: true,
  methodOfAssessment: 'SERVICE_USER_AND_CARER',
};

export const SERVICE_EVENT: CldEvent = {
  ...person,
  ...noEventFields,
  eventType: 'SERVICE',
  eventReference: 'line-1',
  startDate: '2025-02-10',
  endDate: null,
  description: 'Home care, mornings',
  serviceType: 'LT_COMMUNITY',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  deliveryMechanism: 'DIRECT_PAYMENT',
  providerCqcLocationId: '1-101234567',
  providerCqcLocationName: 'Eastmarsh Home Care',
  unitCostPence: 2_150,
  costFrequency: 'HOURLY',
  plannedUnitsPerWeekHundredths: 1_050,
};

export const REVIEW_EVENT: CldEvent = {
  ...person,
  ...noEventFields,
  eventType: 'REVIEW',
  eventReference: 'rev-1',
  startDate: '2025-03-01',
  endDate: '2025-03-01',
  outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
  reviewReason: 'PLANNED',
  methodOfReview: 'SERVICE_USER_ONLY',
  reviewOutcomesAchieved: 'PARTIALLY_MET',
};

/** The same period as a Release 1 file. */
export const SUBMISSION_R1: CldSubmission = { ...SUBMISSION, release: 'R1' };

/** An unpaid carer's assessment, with the two adults they care for. */
export const CARER_ASSESSMENT_EVENT: CldEvent = {
  ...ASSESSMENT_EVENT,
  eventReference: 'asm-2',
  laPersonId: 'EM-2',
  nhsNumber: '9990000026',
  clientType: 'CARER',
  primarySupportReason: 'SOCIAL_SUPPORT_TO_CARER',
  hoursCaringPerWeekHundredths: 3_550,
  adultsCaredFor: 2,
  linkedPersonIds: ['EM-1', 'EM-7'],
};

/** A rule's name in tests: `field:code`. */
export const ruleKey = (rule: Pick<CldQualityRule, 'field' | 'code'>) =>
  `${rule.field}:${rule.code}`;

/** For each mandatory field, events that leave it empty and break no other rule (domain.md §3.1.1). */
const BLANK_BREAKS: { readonly [field: string]: readonly CldEvent[] } = {
  LA_Code: [{ ...REQUEST_EVENT, laCode: '' }],
  LA_Person_Unique_Identifier: [{ ...ASSESSMENT_EVENT, laPersonId: null }],
  NHS_Number: [{ ...REVIEW_EVENT, nhsNumber: null }],
  Gender: [{ ...REQUEST_EVENT, gender: null }],
  Ethnicity: [{ ...SERVICE_EVENT, ethnicity: ' ' }],
  Date_of_Birth: [{ ...REQUEST_EVENT, birthDate: null }],
  Client_Type: [{ ...REQUEST_EVENT, clientType: null }],
  Postcode: [{ ...REVIEW_EVENT, postcode: '\t\u00a0' }],
  Accommodation_Status: [{ ...ASSESSMENT_EVENT, accommodationStatus: '' }],
  Has_Unpaid_Carer: [{ ...REVIEW_EVENT, hasUnpaidCarer: null }],
  Primary_Support_Reason: [{ ...ASSESSMENT_EVENT, primarySupportReason: null }],
  Employment_Status: [
    { ...SERVICE_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '1990-01-01' },
    // 18 and 64 on the last day of the period
    { ...REVIEW_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '2007-03-31' },
    { ...ASSESSMENT_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '1960-04-01' },
  ],
  Client_Funding_Status: [
    { ...SERVICE_EVENT, clientFundingStatus: null },
    { ...REVIEW_EVENT, clientFundingStatus: '' },
  ],
  Event_Start_Date: [
    { ...ASSESSMENT_EVENT, startDate: null },
    { ...REQUEST_EVENT, clientType: 'CARER', startDate: null },
  ],
  Event_End_Date: [
    { ...REVIEW_EVENT, endDate: null },
    { ...SERVICE_EVENT, deathDate: '2025-03-01' },
  ],
  Event_Outcome: [
    { ...REQUEST_EVENT, outcome: null },
    { ...REVIEW_EVENT, outcome: '  ' },
  ],
  Request_Route_of_Access: [{ ...REQUEST_EVENT, routeOfAccess: null }],
  Assessment_Type: [{ ...ASSESSMENT_EVENT, assessmentType: null }],
  Method_of_Assessment: [{ ...ASSESSMENT_EVENT, methodOfAssessment: null }],
  Service_Type: [{ ...SERVICE_EVENT, serviceType: null }],
  Service_Component: [{ ...SERVICE_EVENT, serviceComponent: null }],
  Review_Reason: [{ ...REVIEW_EVENT, reviewReason: null }],
  Method_of_Review: [{ ...REVIEW_EVENT, methodOfReview: null }],
  Review_Outcomes_Achieved: [{ ...REVIEW_EVENT, reviewOutcomesAchieved: null }],
  Unit_Cost: [
    { ...SERVICE_EVENT, unitCostPence: null },
    // no delivery mechanism counts as not commissioned; a costed component on a short-term type
    { ...SERVICE_EVENT, deliveryMechanism: null, unitCostPence: null },
    {
      ...SERVICE_EVENT,
      serviceType: 'ST_MAX',
      serviceComponent: 'SHORT_TERM_NURSING_CARE',
      unitCostPence: null,
    },
  ],
  Cost_Frequency_Unit_Type: [
    { ...SERVICE_EVENT, serviceType: 'CARER_DIRECT', costFrequency: null },
  ],
  Planned_units_per_week: [{ ...SERVICE_EVENT, plannedUnitsPerWeekHundredths: null }],
};

/** An event of the module the coded field belongs to, to break the field on. */
const EVENT_FOR_FIELD: { readonly [F in CldCodedFieldName]: CldEvent } = {
  Gender: REQUEST_EVENT,
  Ethnicity: REQUEST_EVENT,
  Client_Type: REQUEST_EVENT,
  Primary_Support_Reason: ASSESSMENT_EVENT,
  Accommodation_Status: REVIEW_EVENT,
  Employment_Status: SERVICE_EVENT,
  Client_Funding_Status: SERVICE_EVENT,
  Event_Outcome: REVIEW_EVENT,
  Request_Route_of_Access: REQUEST_EVENT,
  Assessment_Type: ASSESSMENT_EVENT,
  Method_of_Assessment: ASSESSMENT_EVENT,
  Service_Type: SERVICE_EVENT,
  Service_Component: SERVICE_EVENT,
  Delivery_Mechanism: SERVICE_EVENT,
  Review_Reason: REVIEW_EVENT,
  Review_Outcomes_Achieved: REVIEW_EVENT,
  Method_of_Review: REVIEW_EVENT,
  Cost_Frequency_Unit_Type: SERVICE_EVENT,
};

function withCode(field: CldCodedFieldName, value: string): CldEvent {
  return { ...EVENT_FOR_FIELD[field], [CLD_CODED_FIELDS[field].property]: value };
}

/** Events that break one rule on their own, and the submission they break it in. */
export interface RuleBreaks {
  readonly submission: CldSubmission;
  readonly events: readonly CldEvent[];
}

function singleEventBreaks(rule: CldQualityRule): RuleBreaks | null {
  const field = rule.field as CldCodedFieldName;
  switch (rule.code) {
    case 'INVALID_VALUE':
      return {
        submission: SUBMISSION,
        events: [
          withCode(field, 'NOT_A_CLD_CODE'),
          // a service type outside the list is not a costed one: its costs are not asked for
          ...(field === 'Service_Type'
            ? [
                {
                  ...SERVICE_EVENT,
                  serviceType: 'LOCAL_TYPE',
                  unitCostPence: null,
                  costFrequency: null,
                },
              ]
            : []),
        ],
      };
    case 'RELEASE_1_VALUE_IN_RELEASE_2':
      return {
        submission: SUBMISSION,
        events: CLD_CODED_FIELDS[field].notInRelease.R2.map((code) => withCode(field, code)),
      };
    case 'RELEASE_2_VALUE_IN_RELEASE_1':
      return {
        submission: SUBMISSION_R1,
        events: CLD_CODED_FIELDS[field].notInRelease.R1.map((code) => withCode(field, code)),
      };
    case 'NHS_NUMBER_CHECK_DIGIT':
      return {
        submission: SUBMISSION,
        // a wrong check digit; nine digits; a space; digits whose check digit would be 10
        events: [
          { ...REQUEST_EVENT, nhsNumber: '9990000019' },
          { ...SERVICE_EVENT, nhsNumber: '999000001' },
          { ...REVIEW_EVENT, nhsNumber: '999 000001' },
          { ...ASSESSMENT_EVENT, nhsNumber: '9990000000' },
        ],
      };
    case 'END_BEFORE_START':
      return {
        submission: SUBMISSION,
        events: [{ ...ASSESSMENT_EVENT, startDate: '2025-02-02', endDate: '2025-02-01' }],
      };
    case 'OUTSIDE_PERIOD':
      return {
        submission: SUBMISSION,
        events: [
          { ...REVIEW_EVENT, startDate: '2024-12-31', endDate: '2024-12-31' },
          { ...REQUEST_EVENT, endDate: '2025-04-01' },
          { ...SERVICE_EVENT, startDate: '2025-04-01' },
          { ...SERVICE_EVENT, startDate: '2024-06-01', endDate: '2024-12-31' },
        ],
      };
    case 'AFTER_DEATH':
      return {
        submission: SUBMISSION,
        events: [
          { ...REVIEW_EVENT, deathDate: '2025-02-28' },
          { ...ASSESSMENT_EVENT, deathDate: '2025-01-20' },
          { ...SERVICE_EVENT, endDate: '2025-03-10', deathDate: '2025-03-01' },
        ],
      };
    default:
      if (rule.code.startsWith('MANDATORY')) {
        return { submission: SUBMISSION, events: BLANK_BREAKS[rule.field] ?? [] };
      }
      return null;
  }
}

/** For each rule checked on an event alone, events that break it and no other rule. */
export const EVENTS_BREAKING_EACH_RULE: ReadonlyMap<CldQualityRule, RuleBreaks> = new Map(
  CLD_QUALITY_RULES.flatMap((rule) => {
    const breaks = singleEventBreaks(rule);
    return breaks ? [[rule, breaks] as const] : [];
  }),
);

/** A submission whose rows break rules only together, with each row's failures (`field:code`). */
export interface SubmissionBreaks {
  readonly name: string;
  readonly events: readonly CldEvent[];
  readonly failures: readonly (readonly string[])[];
}

const differing = (field: CldPersonDetailField, other: string | boolean): SubmissionBreaks => ({
  name: `${field} differs between a person's rows`,
  events: [REQUEST_EVENT, { ...REVIEW_EVENT, [CLD_PERSON_DETAIL_FIELDS[field]]: other }],
  failures: [[`${field}:PERSON_DETAILS_DIFFER`], [`${field}:PERSON_DETAILS_DIFFER`]],
});

/** Submissions breaking the rules that compare rows (DHSC's keys, a person's details). */
export const SUBMISSIONS_BREAKING_ROW_RULES: readonly SubmissionBreaks[] = [
  {
    name: 'two rows of one service, the same under the single-submission key',
    events: [SERVICE_EVENT, { ...SERVICE_EVENT, eventReference: 'line-2' }, REVIEW_EVENT],
    failures: [['Event_Reference:DUPLICATE_EVENT'], ['Event_Reference:DUPLICATE_EVENT'], []],
  },
  {
    name: 'two reviews of a person on one day, the person known by LA id only',
    events: [
      { ...REVIEW_EVENT, nhsNumber: null },
      { ...REVIEW_EVENT, nhsNumber: null, eventReference: 'rev-2', methodOfReview: 'CARER_ONLY' },
    ],
    failures: [
      ['NHS_Number:MANDATORY', 'Event_Reference:DUPLICATE_EVENT'],
      ['NHS_Number:MANDATORY', 'Event_Reference:DUPLICATE_EVENT'],
    ],
  },
  {
    name: 'a direct payment and commissioned support of one component starting the same day',
    events: [
      SERVICE_EVENT,
      {
        ...SERVICE_EVENT,
        eventReference: 'line-2',
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
      },
    ],
    failures: [
      ['Delivery_Mechanism:MERGED_DELIVERY_MECHANISMS'],
      ['Delivery_Mechanism:MERGED_DELIVERY_MECHANISMS'],
    ],
  },
  differing('Postcode', 'EM9 9ZZ'),
  differing('Accommodation_Status', 'OWNER_OCCUPIER'),
  differing('Has_Unpaid_Carer', false),
  differing('GP_Practice_Code', 'Y09999'),
];

/** Submissions whose rows look alike but break no row rule. */
export const SUBMISSIONS_WITHIN_ROW_RULES: readonly (readonly CldEvent[])[] = [
  // two services of one person, different components; a service and its review
  [SERVICE_EVENT, { ...SERVICE_EVENT, eventReference: 'line-2', serviceComponent: 'DAY_SUPPORT' }],
  // the same service at two costs is two events in a single submission (DHSC keeps both)
  [SERVICE_EVENT, { ...SERVICE_EVENT, eventReference: 'line-2', unitCostPence: 2_300 }],
  // two people with the same details; a carer and a service user
  [REQUEST_EVENT, { ...REQUEST_EVENT, eventReference: 'req-2', nhsNumber: '9990000026' }],
  [ASSESSMENT_EVENT, CARER_ASSESSMENT_EVENT],
];

/** Events outside the scope of the rules their empty fields would break: they break none. */
export const EVENTS_OUTSIDE_RULE_SCOPE: readonly CldEvent[] = [
  // PSR is optional on requests; employment status only for 18–64 with a learning disability
  { ...REQUEST_EVENT, primarySupportReason: null },
  { ...SERVICE_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '1950-01-01' },
  { ...SERVICE_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '2007-04-01' },
  { ...SERVICE_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '1960-03-31' },
  { ...REQUEST_EVENT, primarySupportReason: 'LEARNING_DISABILITY', birthDate: '1990-01-01' },
  {
    ...SERVICE_EVENT,
    clientType: 'CARER',
    primarySupportReason: 'LEARNING_DISABILITY',
    birthDate: '1990-01-01',
    clientFundingStatus: null,
  },
  // funding status is not asked on requests and assessments; a carer known by association needs
  // no start date
  { ...ASSESSMENT_EVENT, clientFundingStatus: null },
  { ...REQUEST_EVENT, clientType: 'CARER_KNOWN_BY_ASSOCIATION', startDate: null },
  // an open service needs no end date, and has an outcome of its own; an unplanned review no
  // outcomes achieved
  { ...SERVICE_EVENT, endDate: null },
  { ...REVIEW_EVENT, reviewReason: 'UNPLANNED_HOSPITAL', reviewOutcomesAchieved: null },
  // commissioned services need no costs, nor short-term ones; financial assessments no method
  {
    ...SERVICE_EVENT,
    deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
    unitCostPence: null,
    costFrequency: null,
    plannedUnitsPerWeekHundredths: null,
  },
  {
    ...SERVICE_EVENT,
    serviceType: 'ST_MAX',
    serviceComponent: 'REABLEMENT',
    unitCostPence: null,
    costFrequency: null,
  },
  { ...ASSESSMENT_EVENT, assessmentType: 'FINANCIAL', methodOfAssessment: null },
  // a weekly cost needs no planned units
  { ...SERVICE_EVENT, costFrequency: 'WEEKLY', plannedUnitsPerWeekHundredths: null },
];
