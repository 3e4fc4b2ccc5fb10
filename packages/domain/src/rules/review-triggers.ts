/**
 * I-11 Direct payment review triggers (DP Regulations reg 7, S-09f): a safeguarding concern that
 * affects the direct payment, an audit finding of misuse, a change in capacity, a change of
 * recipient, a breached condition, or a s32 condition no longer met requires an unplanned review
 * within the council's SLA. Safeguarding is the usual practical trigger (S-01e).
 */
import type { AuditOutcome } from '../code-lists/audit-outcome.ts';
import type { MentalCapacityForDp } from '../code-lists/mental-capacity-for-dp.ts';
import type { ReviewReason } from '../code-lists/review-reason.ts';
import { addDays, type IsoDate } from '../dates.ts';
import { DEFAULT_LA_POLICY, type LaPolicy } from '../entities/council-policy.ts';

export type ReviewTriggerEvent =
  | {
      readonly kind: 'SAFEGUARDING_CONCERN_RAISED';
      readonly occurredOn: IsoDate;
      readonly affectsDirectPayment: boolean;
    }
  | {
      readonly kind: 'AUDIT_COMPLETED';
      readonly occurredOn: IsoDate;
      readonly outcome: AuditOutcome;
      /** Whether the audit found money not used for the needs in the plan. */
      readonly misuseFound: boolean;
    }
  | {
      readonly kind: 'CAPACITY_CHANGED';
      readonly occurredOn: IsoDate;
      readonly from: MentalCapacityForDp;
      readonly to: MentalCapacityForDp;
    }
  | { readonly kind: 'RECIPIENT_CHANGED'; readonly occurredOn: IsoDate }
  | { readonly kind: 'CONDITION_BREACHED'; readonly occurredOn: IsoDate }
  | { readonly kind: 'S32_CONDITION_NOT_MET'; readonly occurredOn: IsoDate };

export interface ReviewTrigger {
  readonly required: boolean;
  /** The CLD Review Reason to record, when required. */
  readonly reason: ReviewReason | null;
  /** The review is a direct payment review (reg 7). */
  readonly isDirectPaymentReview: boolean;
  /** The review must take place by this date (event date + `LaPolicy.unplannedReviewSlaDays`). */
  readonly dueBy: IsoDate | null;
  readonly explanation: string;
}

const NOT_REQUIRED = (explanation: string): ReviewTrigger => ({
  required: false,
  reason: null,
  isDirectPaymentReview: false,
  dueBy: null,
  explanation,
});

/** Whether an event requires an unplanned direct payment review, why, and by when. */
export function reviewTriggersFor(
  event: ReviewTriggerEvent,
  policy: Pick<LaPolicy, 'unplannedReviewSlaDays'> = DEFAULT_LA_POLICY,
): ReviewTrigger {
  const required = (reason: ReviewReason, explanation: string): ReviewTrigger => ({
    required: true,
    reason,
    isDirectPaymentReview: true,
    dueBy: addDays(event.occurredOn, policy.unplannedReviewSlaDays),
    explanation,
  });
  switch (event.kind) {
    case 'SAFEGUARDING_CONCERN_RAISED':
      return event.affectsDirectPayment
        ? required(
            'UNPLANNED_SAFEGUARDING_CONCERN',
            'A safeguarding concern affects the direct payment.',
          )
        : NOT_REQUIRED('The safeguarding concern does not affect the direct payment.');
    case 'AUDIT_COMPLETED':
      return event.misuseFound ||
        event.outcome === 'REVIEW_REQUESTED' ||
        event.outcome === 'REFERRED_TO_FRAUD'
        ? required(
            'UNPLANNED_OTHER',
            'An audit found that the direct payment may have been misused.',
          )
        : NOT_REQUIRED('The audit found no misuse.');
    case 'CAPACITY_CHANGED':
      return event.from !== event.to
        ? required(
            'UNPLANNED_OTHER',
            `Capacity changed from ${event.from} to ${event.to}; the s31/s32 basis must be reconsidered.`,
          )
        : NOT_REQUIRED('Capacity did not change.');
    case 'RECIPIENT_CHANGED':
      return required('UNPLANNED_OTHER', 'The person receiving the direct payment changed.');
    case 'CONDITION_BREACHED':
      return required('UNPLANNED_OTHER', 'A condition of the direct payment was breached.');
    case 'S32_CONDITION_NOT_MET':
      return required('UNPLANNED_OTHER', 'A section 32 condition is no longer met.');
  }
}
