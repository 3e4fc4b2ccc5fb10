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
  readonly gpPracticeCode: string | null;
  readonly gpPracticeName: string | null;
  readonly gender: string | null;
  readonly ethnicity: string | null;
  readonly birthDate: IsoDate | null;
  readonly clientType: string | null;
  readonly primarySupportReason: string | null;
  readonly postcode: string | null;
  readonly accommodationStatus: string | null;
  readonly employmentStatus: string | null;
  readonly hasUnpaidCarer: boolean | null;
  readonly autism: boolean | null;
  readonly visualImpairment: boolean | null;
  readonly hearingImpairment: boolean | null;
  readonly dementia: boolean | null;
  readonly clientFundingStatus: string | null;
  readonly deathDate: IsoDate | null;
  /**
   * For an unpaid carer, the adults they care for (their carer links in force at the end of the
   * event, or of the period for an event still open then): the hours a week in hundredths summed
   * over the links that record them (`null` when none does), how many adults (`null` when none),
   * and the first three adults' LA person ids, oldest link first (CLD Total_Hrs_Caring_per_week,
   * No_of_adults_being_cared_for, Adult_1/2/3_Linked_Person_ID).
   */
  readonly hoursCaringPerWeekHundredths: number | null;
  readonly adultsCaredFor: number | null;
  readonly linkedPersonIds: readonly string[];
}

export interface CldEvent extends CldPersonFields {
  readonly eventType: EventType;
  /** The id of the request, assessment, plan line or review. */
  readonly eventReference: string;
  readonly startDate: IsoDate | null;
  readonly endDate: IsoDate | null;
  /** A service's plan-line description; other events record none. */
  readonly description: string | null;
  /** The recorded outcome (a CLD R2 Event Outcome code); services have none recorded. */
  readonly outcome: string | null;
  readonly routeOfAccess: string | null;
  readonly assessmentType: string | null;
  readonly eligibleNeedsIdentified: boolean | null;
  readonly methodOfAssessment: string | null;
  readonly serviceType: string | null;
  readonly serviceComponent: string | null;
  readonly deliveryMechanism: string | null;
  /** The CQC registered location delivering a service, when recorded on its plan line. */
  readonly providerCqcLocationId: string | null;
  readonly providerCqcLocationName: string | null;
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
