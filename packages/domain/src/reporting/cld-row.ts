/**
 * A CLD row of one event (domain.md §3.1.1), in the national R1 field names and order given here,
 * with code values shown as the labels of the chosen release (`labelOf`). Money is a decimal of
 * pounds with two places from integer pence; planned units per week a decimal with two places
 * from hundredths; yes/no fields are `Yes`/`No`; a missing value is an empty field.
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
  'LA_Person_Unique_Identifier',
  'NHS_Number',
  'Gender',
  'Ethnicity',
  'Date_of_Birth',
  'Client_Type',
  'Primary_Support_Reason',
  'Postcode',
  'Accommodation_Status',
  'Employment_Status',
  'Has_Unpaid_Carer',
  'Client_Funding_Status',
  'Date_of_Death',
  'Event_Type',
  'Event_Reference',
  'Event_Start_Date',
  'Event_End_Date',
  'Event_Outcome',
  'Request_Route_of_Access',
  'Assessment_Type',
  'Eligible_Needs_Identified',
  'Method_of_Assessment',
  'Service_Type',
  'Service_Component',
  'Delivery_Mechanism',
  'Unit_Cost',
  'Cost_Frequency_Unit_Type',
  'Planned_units_per_week',
  'Review_Reason',
  'Method_of_Review',
  'Review_Outcomes_Achieved',
  'Reporting_Period_Start_Date',
  'Reporting_Period_End_Date',
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
    LA_Person_Unique_Identifier: text(event.laPersonId),
    NHS_Number: text(event.nhsNumber),
    Gender: code(Gender, event.gender, release),
    Ethnicity: code(Ethnicity, event.ethnicity, release),
    Date_of_Birth: text(event.birthDate),
    Client_Type: code(ClientType, event.clientType, release),
    Primary_Support_Reason: code(PrimarySupportReason, event.primarySupportReason, release),
    Postcode: text(event.postcode),
    Accommodation_Status: code(AccommodationStatus, event.accommodationStatus, release),
    Employment_Status: code(EmploymentStatus, event.employmentStatus, release),
    Has_Unpaid_Carer: yesNo(event.hasUnpaidCarer),
    Client_Funding_Status: code(ClientFundingStatus, event.clientFundingStatus, release),
    Date_of_Death: text(event.deathDate),
    Event_Type: labelOf(EventType, event.eventType, release),
    Event_Reference: event.eventReference,
    Event_Start_Date: text(event.startDate),
    Event_End_Date: text(event.endDate),
    Event_Outcome: outcome === null ? '' : eventOutcomeLabel(outcome, release),
    Request_Route_of_Access: code(RouteOfAccess, event.routeOfAccess, release),
    Assessment_Type: code(AssessmentType, event.assessmentType, release),
    Eligible_Needs_Identified: yesNo(event.eligibleNeedsIdentified),
    Method_of_Assessment: code(Involvement, event.methodOfAssessment, release),
    Service_Type: code(ServiceType, event.serviceType, release),
    Service_Component: code(ServiceComponent, event.serviceComponent, release),
    Delivery_Mechanism: code(DeliveryMechanism, event.deliveryMechanism, release),
    Unit_Cost: decimal(event.unitCostPence),
    Cost_Frequency_Unit_Type: code(CostFrequency, event.costFrequency, release),
    Planned_units_per_week: decimal(event.plannedUnitsPerWeekHundredths),
    Review_Reason: code(ReviewReason, event.reviewReason, release),
    Method_of_Review: code(Involvement, event.methodOfReview, release),
    Review_Outcomes_Achieved: code(ReviewOutcomesAchieved, event.reviewOutcomesAchieved, release),
    Reporting_Period_Start_Date: submission.periodStart,
    Reporting_Period_End_Date: submission.periodEnd,
  };
}

/** The row's values in `CLD_FIELDS` order, for a CSV line. */
export function cldRowValues(row: CldRow): string[] {
  return CLD_FIELDS.map((field) => row[field]);
}
