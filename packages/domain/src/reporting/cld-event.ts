/**
 * One CLD event with the person's fields (domain.md §3.1): a completed request, assessment or
 * review, or a service line active in the reporting period. Codes are the stored domain codes
 * (plain strings: a value outside the list is reported as it is, and data quality finds it);
 * dates are `YYYY-MM-DD`. This is what the database returns and what the CLD row and the
 * data-quality rules read.
 */

import type { CldRelease } from '../code-lists/code-list.ts';
import type { EventType } from '../code-lists/event-type.ts';
import type { IsoDate } from '../dates.ts';

export interface CldPersonFields {
  readonly laCode: string;
  readonly laPersonId: string | null;
  readonly nhsNumber: string | null;
  readonly gender: string | null;
  readonly ethnicity: string | null;
  readonly birthDate: IsoDate | null;
  readonly clientType: string | null;
  readonly primarySupportReason: string | null;
  readonly postcode: string | null;
  readonly accommodationStatus: string | null;
  readonly employmentStatus: string | null;
  readonly hasUnpaidCarer: boolean | null;
  readonly clientFundingStatus: string | null;
  readonly deathDate: IsoDate | null;
}

export interface CldEvent extends CldPersonFields {
  readonly eventType: EventType;
  /** The id of the request, assessment, plan line or review. */
  readonly eventReference: string;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  /** The recorded outcome (a CLD R2 Event Outcome code); services have none recorded. */
  readonly outcome: string | null;
  readonly routeOfAccess: string | null;
  readonly assessmentType: string | null;
  readonly eligibleNeedsIdentified: boolean | null;
  readonly methodOfAssessment: string | null;
  readonly serviceType: string | null;
  readonly serviceComponent: string | null;
  readonly deliveryMechanism: string | null;
  readonly unitCostPence: number | null;
  readonly costFrequency: string | null;
  readonly plannedUnitsPerWeekHundredths: number | null;
  readonly reviewReason: string | null;
  readonly methodOfReview: string | null;
  readonly reviewOutcomesAchieved: string | null;
}

/** The submission an event is reported in. */
export interface CldSubmission {
  readonly release: CldRelease;
  readonly periodStart: IsoDate;
  readonly periodEnd: IsoDate;
}
