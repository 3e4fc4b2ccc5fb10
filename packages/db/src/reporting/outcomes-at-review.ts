import type { ReviewReason } from '@openpb/domain/code-lists/review-reason';
import type { IsoDate } from '@openpb/domain/dates';
import { Prisma } from '../client.ts';
import type { ReportSql } from './sql-client.ts';

/** How the personal outcomes stood at the reviews of one reason (or of all reasons). */
export interface OutcomesAtReviewCounts {
  readonly reviews: number;
  readonly fullyMet: number;
  readonly partiallyMet: number;
  readonly notMet: number;
  /** Reviews with no outcomes recorded (allowed for unplanned reviews only, I-16). */
  readonly notRecorded: number;
}

export interface OutcomesAtReviewRow extends OutcomesAtReviewCounts {
  readonly reason: ReviewReason;
}

interface Row {
  reason: string;
  reviews: number;
  fully_met: number;
  partially_met: number;
  not_met: number;
  not_recorded: number;
}

/**
 * Outcomes met at review: the reviews of the council that took place in `[from, to]` (by their
 * completed date — the date the review happened, not when it was keyed in), counted by reason and
 * by what was recorded of the person's outcomes (CLD Review Outcomes Achieved). A review counts on
 * the day it took place, so a past period reports what had happened by its end: a review completed
 * after `to`, one only due, or one cancelled (never took place) does not count. One row per reason
 * that has a review, in no particular order.
 */
export async function outcomesAtReview(
  db: ReportSql,
  where: { readonly councilId: string; readonly from: IsoDate; readonly to: IsoDate },
): Promise<OutcomesAtReviewRow[]> {
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT reason,
           COUNT(*)::int AS reviews,
           COUNT(*) FILTER (WHERE outcomes_achieved = 'FULLY_MET')::int AS fully_met,
           COUNT(*) FILTER (WHERE outcomes_achieved = 'PARTIALLY_MET')::int AS partially_met,
           COUNT(*) FILTER (WHERE outcomes_achieved = 'NOT_MET')::int AS not_met,
           COUNT(*) FILTER (WHERE outcomes_achieved IS NULL)::int AS not_recorded
      FROM review
     WHERE council_id = ${where.councilId}::uuid
       AND completed_date BETWEEN ${where.from}::date AND ${where.to}::date
       AND cancelled_on IS NULL
     GROUP BY reason`);
  return rows.map((row) => ({
    reason: row.reason as ReviewReason,
    reviews: row.reviews,
    fullyMet: row.fully_met,
    partiallyMet: row.partially_met,
    notMet: row.not_met,
    notRecorded: row.not_recorded,
  }));
}
