/**
 * The CLD fields whose values come from a defined list (domain.md §3.1.2): for each, the event
 * property holding the stored code, the codes of the list, and the codes that have no label in
 * each release. DHSC checks every submitted value against the release's list: a value outside it
 * is "Failed: Invalid" (mapped to "Invalid and not mapped"), a Release 1 value in a Release 2 file
 * "Failed: Release 1" [S-02a GetDQValues; S-02c 5-data-cleaning].
 */
import { AccommodationStatus } from '../code-lists/accommodation-status.ts';
import { AssessmentType } from '../code-lists/assessment-type.ts';
import { ClientFundingStatus } from '../code-lists/client-funding-status.ts';
import { ClientType } from '../code-lists/client-type.ts';
import type { CldRelease, CodeList } from '../code-lists/code-list.ts';
import { CostFrequency } from '../code-lists/cost-frequency.ts';
import { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import { EmploymentStatus } from '../code-lists/employment-status.ts';
import { Ethnicity } from '../code-lists/ethnicity.ts';
import { EventOutcomeR1ToR2 } from '../code-lists/event-outcome-r1.ts';
import { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';
import { Gender } from '../code-lists/gender.ts';
import { Involvement } from '../code-lists/involvement.ts';
import { PrimarySupportReason } from '../code-lists/primary-support-reason.ts';
import { ReviewOutcomesAchieved } from '../code-lists/review-outcomes-achieved.ts';
import { ReviewReason } from '../code-lists/review-reason.ts';
import { RouteOfAccess } from '../code-lists/route-of-access.ts';
import { ServiceComponent } from '../code-lists/service-component.ts';
import { ServiceType } from '../code-lists/service-type.ts';
import type { CldEvent } from './cld-event.ts';
import type { CldField } from './cld-row.ts';

/** The event properties that hold a code. */
export type CldCodedProperty = {
  [K in keyof CldEvent]: CldEvent[K] extends string | null ? K : never;
}[keyof CldEvent];

export interface CldCodedField {
  readonly property: CldCodedProperty;
  readonly codes: readonly string[];
  /** Codes of the list that the release does not have. */
  readonly notInRelease: { readonly [R in CldRelease]: readonly string[] };
  /** Whether the field is written from the stored value on this event type. */
  readonly onEvent: (eventType: CldEvent['eventType']) => boolean;
}

const always = () => true;

function coded<C extends string>(
  property: CldCodedProperty,
  list: CodeList<C>,
  onEvent: CldCodedField['onEvent'] = always,
): CldCodedField {
  const labelIn = (code: C, release: CldRelease) =>
    list.entries[code][release === 'R1' ? 'r1' : 'r2'];
  // a list whose labels of a release are not modelled at all (R1 ethnicity) cannot say which of
  // its codes that release lacks
  const without = (release: CldRelease) =>
    list.codes.some((code) => labelIn(code, release) !== null)
      ? list.codes.filter((code) => labelIn(code, release) === null)
      : [];
  return {
    property,
    codes: list.codes,
    notInRelease: { R1: without('R1'), R2: without('R2') },
    onEvent,
  };
}

// Event outcomes are stored as Release 2 codes; a Release 1 file shows an R1 value that maps to
// the code, and a code no R1 value maps to has no Release 1 label.
const mappedFromR1 = new Set(Object.values(EventOutcomeR1ToR2));
const eventOutcome: CldCodedField = {
  property: 'outcome',
  codes: EventOutcomeR2.codes,
  notInRelease: {
    R1: EventOutcomeR2.codes.filter((code) => !mappedFromR1.has(code)),
    R2: [],
  },
  // a service's outcome is derived from its dates (service-event-outcome), never stored
  onEvent: (eventType) => eventType !== 'SERVICE',
};

/** The coded fields, in CLD field order. */
export const CLD_CODED_FIELDS = {
  Gender: coded('gender', Gender),
  Ethnicity: coded('ethnicity', Ethnicity),
  Client_Type: coded('clientType', ClientType),
  Primary_Support_Reason: coded('primarySupportReason', PrimarySupportReason),
  Accommodation_Status: coded('accommodationStatus', AccommodationStatus),
  Employment_Status: coded('employmentStatus', EmploymentStatus),
  Client_Funding_Status: coded('clientFundingStatus', ClientFundingStatus),
  Event_Outcome: eventOutcome,
  Request_Route_of_Access: coded('routeOfAccess', RouteOfAccess),
  Assessment_Type: coded('assessmentType', AssessmentType),
  Method_of_Assessment: coded('methodOfAssessment', Involvement),
  Service_Type: coded('serviceType', ServiceType),
  Service_Component: coded('serviceComponent', ServiceComponent),
  Delivery_Mechanism: coded('deliveryMechanism', DeliveryMechanism),
  Review_Reason: coded('reviewReason', ReviewReason),
  Review_Outcomes_Achieved: coded('reviewOutcomesAchieved', ReviewOutcomesAchieved),
  Method_of_Review: coded('methodOfReview', Involvement),
  Cost_Frequency_Unit_Type: coded('costFrequency', CostFrequency),
} as const satisfies { readonly [F in CldField]?: CldCodedField };

export type CldCodedFieldName = keyof typeof CLD_CODED_FIELDS;
