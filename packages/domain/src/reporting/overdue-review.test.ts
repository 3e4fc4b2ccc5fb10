import { describe, expect, it } from 'vitest';
import { DEFAULT_LA_POLICY } from '../entities/council-policy.ts';
import { overdueReviewIntervals } from './overdue-review.ts';

describe('overdueReviewIntervals', () => {
  it('takes the first-review maximum from the policy and the statutory intervals from I-10', () => {
    expect(overdueReviewIntervals(DEFAULT_LA_POLICY)).toEqual({
      firstReviewMaxDays: 56,
      annualReviewMonths: 12,
      firstDirectPaymentReviewMonths: 6,
      directPaymentReviewIntervalMonths: 12,
    });
    expect(overdueReviewIntervals({ firstReviewMaxDays: 42 }).firstReviewMaxDays).toBe(42);
  });
});
