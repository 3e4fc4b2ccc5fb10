/**
 * A CLD row of one event (domain.md §3.1.1), with code values shown as the labels of the chosen
 * release (`labelOf`). Money is a decimal of pounds with two places from integer pence; planned
 * units and hours caring per week decimals with two places from hundredths; yes/no fields are
 * `Yes`/`No`; a missing value is an empty field.
 *
 * Fields, names and order: the specification's file layout as local authorities submit it and
 * DHSC's dashboard reads it (the "raw" CLD columns of DataS-DHSC/ASC-CLD-LA-Dashboard and of the
 * NHS England SALT/ASCOF transformations, [S-02a], [S-02f], [S-01a]); the same names and order in
 * both releases, which differ in their code lists. The specification's First_Name and Last_Name
 * (used only for NHS number tracing, read by neither) are not exported (D22).
 */
import { AccommodationStatus } from '../code-lists/accommodation-status.ts';
import { AssessmentType } from '../code-lists/assessment-type.ts';
import { ClientFundingStatus } from '../code-lists/client-funding-status.ts';
import { ClientType } from '../code-lists/client-type.ts';
import { type CldRelease, type CodeList, isCode, labelOf } from '../code-lists/code-list.ts';
import { CostFrequency } from '../code-lists/cost-frequency.ts';
import { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import { EmploymentStatus } from '../code-lists/employment-status.ts';
import { Ethnicity } from '../code-lists/ethnicity.ts';
import { EventType } from '../code-lists/event-type.ts';
import { Gender } from '../code-lists/gender.ts';
import { Involvement } from '../code-lists/involvement.ts';
import { PrimarySupportReason } from '../code-lists/primary-support-reason.ts';
import { ReviewOutcomesAchieved } from '../code-lists/review-outcomes-achieved.ts';
import { ReviewReason } from '../code-lists/review-reason.ts';
import { RouteOfAccess } from '../code-lists/route-of-access.ts';
import { ServiceComponent } from '../code-lists/service-component.ts';
import { ServiceType } from '../code-lists/service-type.ts';
import { decimalFromHundredths } from '../cost-frequency.ts';
import type { CldEvent, CldSubmission } from './cld-event.ts';
import { eventOutcomeLabel } from './event-outcome-label.ts';
import { serviceEventOutcome } from './service-event-outcome.ts';

export const CLD_FIELDS = [
  'LA_Code',
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
  'NHS_Number',
  'LA_Person_Unique_Identifier',
  'GP_Practice_Name',
  'GP_Practice_Code',
  'Gender',
  'Ethnicity',
  'Date_of_Birth',
  'Date_of_Death',
  'Client_Type',
  'Primary_Support_Reason',
  'Postcode',
  'Accommodation_Status',
  'Employment_Status',
  'Has_Unpaid_Carer',
  'Autism_Spectrum_Disorder_ASD',
  'Visual_Impairment',
  'Hearing_Impairment',
  'Dementia',
  'Client_Funding_Status',
  'Event_Type',
  'Event_Reference',
  'Event_Start_Date',
  'Event_End_Date',
  'Event_Description',
  'Event_Outcome',
  'Request_Route_of_Access',
  'Assessment_Type',
  'Eligible_Needs_Identified',
  'Method_of_Assessment',
  'Total_Hrs_Caring_per_week',
  'No_of_adults_being_cared_for',
  'Adult_1_Linked_Person_ID',
  'Adult_2_Linked_Person_ID',
  'Adult_3_Linked_Person_ID',
  'Service_Type',
  'Service_Component',
  'Delivery_Mechanism',
  'Provider_CQC_Location_Name',
  'Provider_CQC_Location_ID',
  'Review_Reason',
  'Review_Outcomes_Achieved',
  'Method_of_Review',
  'Unit_Cost',
  'Cost_Frequency_Unit_Type',
  'Planned_units_per_week',
] as const;

export type CldField = (typeof CLD_FIELDS)[number];

export type CldRow = { readonly [F in CldField]: string };

/** The event's outcome: the recorded one, or for a service the one derived from its dates. */
export function cldEventOutcome(event: CldEvent, submission: CldSubmission): string | null {
  if (event.eventType === 'SERVICE') return serviceEventOutcome(event, submission.periodEnd);
  return event.outcome;
}

function code<C extends string>(list: CodeList<C>, value: string | null, release: CldRelease) {
  if (value === null) return '';
  return isCode(list, value) ? labelOf(list, value, release) : value;
}

/**
 * Visual and hearing impairment are defined lists in CLD; the person record holds only whether
 * there is an impairment, so a known one is written "severity unknown" (the value the CLD
 * guidance R1 gives when no registration category is recorded [S-03 visual-impairment]); the
 * hearing labels follow the visual ones [K] (D22).
 */
const impairment = (kind: 'Visual' | 'Hearing', value: boolean | null) =>
  value === null
    ? ''
    : value
      ? `${kind} impairment - severity unknown`
      : `No ${kind.toLowerCase()} impairment`;

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'Yes' : 'No');
const text = (value: string | null) => value ?? '';
const decimal = (hundredths: number | null) =>
  hundredths === null
    ? ''
    : `${hundredths < 0 ? '-' : ''}${decimalFromHundredths(Math.abs(hundredths))}`;

export function cldRow(event: CldEvent, submission: CldSubmission): CldRow {
  const { release } = submission;
  const outcome = cldEventOutcome(event, submission);
  return {
    LA_Code: event.laCode,
    Reporting_Period_Start_Date: submission.periodStart,
    Reporting_Period_End_Date: submission.periodEnd,
    NHS_Number: text(event.nhsNumber),
    LA_Person_Unique_Identifier: text(event.laPersonId),
    GP_Practice_Name: text(event.gpPracticeName),
    GP_Practice_Code: text(event.gpPracticeCode),
    Gender: code(Gender, event.gender, release),
    Ethnicity: code(Ethnicity, event.ethnicity, release),
    Date_of_Birth: text(event.birthDate),
    Date_of_Death: text(event.deathDate),
    Client_Type: code(ClientType, event.clientType, release),
    Primary_Support_Reason: code(PrimarySupportReason, event.primarySupportReason, release),
    Postcode: text(event.postcode),
    Accommodation_Status: code(AccommodationStatus, event.accommodationStatus, release),
    Employment_Status: code(EmploymentStatus, event.employmentStatus, release),
    Has_Unpaid_Carer: yesNo(event.hasUnpaidCarer),
    Autism_Spectrum_Disorder_ASD: yesNo(event.autism),
    Visual_Impairment: impairment('Visual', event.visualImpairment),
    Hearing_Impairment: impairment('Hearing', event.hearingImpairment),
    Dementia: yesNo(event.dementia),
    Client_Funding_Status: code(ClientFundingStatus, event.clientFundingStatus, release),
    Event_Type: labelOf(EventType, event.eventType, release),
    Event_Reference: event.eventReference,
    Event_Start_Date: text(event.startDate),
    Event_End_Date: text(event.endDate),
    Event_Description: text(event.description),
    Event_Outcome: outcome === null ? '' : eventOutcomeLabel(outcome, release),
    Request_Route_of_Access: code(RouteOfAccess, event.routeOfAccess, release),
    Assessment_Type: code(AssessmentType, event.assessmentType, release),
    Eligible_Needs_Identified: yesNo(event.eligibleNeedsIdentified),
    Method_of_Assessment: code(Involvement, event.methodOfAssessment, release),
    Total_Hrs_Caring_per_week: decimal(event.hoursCaringPerWeekHundredths),
    No_of_adults_being_cared_for: event.adultsCaredFor === null ? '' : String(event.adultsCaredFor),
    Adult_1_Linked_Person_ID: text(event.linkedPersonIds[0] ?? null),
    Adult_2_Linked_Person_ID: text(event.linkedPersonIds[1] ?? null),
    Adult_3_Linked_Person_ID: text(event.linkedPersonIds[2] ?? null),
    Service_Type: code(ServiceType, event.serviceType, release),
    Service_Component: code(ServiceComponent, event.serviceComponent, release),
    Delivery_Mechanism: code(DeliveryMechanism, event.deliveryMechanism, release),
    Provider_CQC_Location_Name: text(event.providerCqcLocationName),
    Provider_CQC_Location_ID: text(event.providerCqcLocationId),
    Review_Reason: code(ReviewReason, event.reviewReason, release),
    Review_Outcomes_Achieved: code(ReviewOutcomesAchieved, event.reviewOutcomesAchieved, release),
    Method_of_Review: code(Involvement, event.methodOfReview, release),
    Unit_Cost: decimal(event.unitCostPence),
    Cost_Frequency_Unit_Type: code(CostFrequency, event.costFrequency, release),
    Planned_units_per_week: decimal(event.plannedUnitsPerWeekHundredths),
  };
}

/** The row's values in `CLD_FIELDS` order, for a CSV line. */
export function cldRowValues(row: CldRow): string[] {
  return CLD_FIELDS.map((field) => row[field]);
}
