/** Complete CLD events for tests, one per event type; override a field to break a rule. */
import type { CldEvent, CldSubmission } from './cld-event.ts';

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
