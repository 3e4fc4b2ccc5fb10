/**
 * The life of a scheduled review (Care Act s27; DP Regulations reg 7; domain.md §3.1 Review): it is
 * due until it takes place (its outcome recorded) or is cancelled (it will not take place — the
 * person died, D55). Neither leads back: a completed review is a CLD event, a cancelled one never
 * is (cancelled events are excluded, S-03). The status is not stored: it follows from the review's
 * dates (`completed_date`, `cancelled_on`), so it cannot disagree with them.
 */
import type { IsoDate } from '../dates.ts';
import { type Lifecycle, type Transition, transition } from './transition.ts';

export const REVIEW_STATUSES = ['SCHEDULED', 'COMPLETED', 'CANCELLED'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export type ReviewAction = 'COMPLETE' | 'CANCEL';

export const REVIEW_LIFECYCLE: Lifecycle<ReviewStatus, ReviewAction> = {
  record: 'review',
  statuses: REVIEW_STATUSES,
  terminal: ['COMPLETED', 'CANCELLED'],
  actions: {
    COMPLETE: { from: ['SCHEDULED'], to: 'COMPLETED', doing: 'record its outcome' },
    CANCEL: { from: ['SCHEDULED'], to: 'CANCELLED', doing: 'cancel it' },
  },
};

/** A review's status from its dates: cancelled, else completed, else still scheduled. */
export function reviewStatusOf(review: {
  readonly completedDate: IsoDate | null;
  readonly cancelledOn: IsoDate | null;
}): ReviewStatus {
  if (review.cancelledOn !== null) return 'CANCELLED';
  return review.completedDate === null ? 'SCHEDULED' : 'COMPLETED';
}

export function reviewTransition(
  status: ReviewStatus,
  action: ReviewAction,
): Transition<ReviewStatus> {
  return transition(REVIEW_LIFECYCLE, status, action);
}
