/**
 * Overdue reviews (domain.md §6.6, I-10) as definitions the report's SQL is built from:
 * - FIRST_REVIEW: an approved plan in force whose start + `firstReviewMaxDays` (policy, 56 by
 *   default) has passed with no review of the person completed since the start;
 * - ANNUAL_REVIEW: an approved plan in force whose last completed review (or, with none, its
 *   start) is more than 12 months ago;
 * - DIRECT_PAYMENT_REVIEW: an active agreement with no direct payment review within 6 months of
 *   its start, or more than 12 months since its last one.
 * A review counts once completed on or before the report date. Any completed review of the person
 * counts for the plan kinds; for the direct payment kind, only direct payment reviews of that
 * agreement count.
 */
import { DEFAULT_LA_POLICY, type LaPolicy } from '../entities/council-policy.ts';
import {
  ANNUAL_REVIEW_MONTHS,
  DP_REVIEW_INTERVAL_MONTHS,
  FIRST_DP_REVIEW_MONTHS,
} from '../rules/review-due-dates.ts';

export const OVERDUE_REVIEW_KINDS = [
  'FIRST_REVIEW',
  'ANNUAL_REVIEW',
  'DIRECT_PAYMENT_REVIEW',
] as const;

export type OverdueReviewKind = (typeof OVERDUE_REVIEW_KINDS)[number];

export const OVERDUE_REVIEW_KIND_DESCRIPTIONS: { readonly [K in OverdueReviewKind]: string } = {
  FIRST_REVIEW:
    'First review of an approved plan: due the council’s first-review maximum (56 days by default) after the plan starts; overdue while no review has been completed since the start.',
  ANNUAL_REVIEW:
    'Planned annual review: due 12 months after the last completed review, or after the plan start when there has been none.',
  DIRECT_PAYMENT_REVIEW:
    'Direct payment review (DP Regulations reg 7): due 6 months after the agreement starts, then 12 months after the last one.',
};

/** The intervals the report applies, from the council's policy. */
export interface OverdueReviewIntervals {
  readonly firstReviewMaxDays: number;
  readonly annualReviewMonths: number;
  readonly firstDirectPaymentReviewMonths: number;
  readonly directPaymentReviewIntervalMonths: number;
}

export function overdueReviewIntervals(
  policy: Pick<LaPolicy, 'firstReviewMaxDays'> = DEFAULT_LA_POLICY,
): OverdueReviewIntervals {
  return {
    firstReviewMaxDays: policy.firstReviewMaxDays,
    annualReviewMonths: ANNUAL_REVIEW_MONTHS,
    firstDirectPaymentReviewMonths: FIRST_DP_REVIEW_MONTHS,
    directPaymentReviewIntervalMonths: DP_REVIEW_INTERVAL_MONTHS,
  };
}
