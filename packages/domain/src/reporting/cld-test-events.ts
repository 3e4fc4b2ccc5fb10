/** Complete CLD events for tests, one per event type; override a field to break a rule. */
import type { CldEvent, CldSubmission } from './cld-event.ts';
import type { CldQualityRuleField } from './cld-quality-rules.ts';

export const SUBMISSION: CldSubmission = {
  release: 'R2',
  periodStart: '2025-01-01',
  periodEnd: '2025-03-31',
};

const person = {
  laCode: '990',
  laPersonId: 'EM-1',
  nhsNumber: '9990000018',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  birthDate: '1980-06-14',
  clientType: 'SERVICE_USER',
  primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
  postcode: 'EM1 2AB',
  accommodationStatus: 'TENANT_PRIVATE_LANDLORD',
  employmentStatus: null,
  hasUnpaidCarer: true,
  clientFundingStatus: 'FULLY_SOCIAL_CARE_FUNDED',
  deathDate: null,
} as const;

const noEventFields = {
  outcome: null,
  routeOfAccess: null,
  assessmentType: null,
  eligibleNeedsIdentified: null,
  methodOfAssessment: null,
  serviceType: null,
  serviceComponent: null,
  deliveryMechanism: null,
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
  serviceType: 'LT_COMMUNITY',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  deliveryMechanism: 'DIRECT_PAYMENT',
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

/** For each data-quality rule, events that break it and no other rule (domain.md §3.1.1). */
export const EVENTS_BREAKING_EACH_RULE: {
  readonly [F in CldQualityRuleField]: readonly CldEvent[];
} = {
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
  // a service type outside the list is reported as it is, and is not a costed one
  { ...SERVICE_EVENT, serviceType: 'LOCAL_TYPE', unitCostPence: null, costFrequency: null },
  { ...ASSESSMENT_EVENT, assessmentType: 'FINANCIAL', methodOfAssessment: null },
  // a weekly cost needs no planned units
  { ...SERVICE_EVENT, costFrequency: 'WEEKLY', plannedUnitsPerWeekHundredths: null },
];
