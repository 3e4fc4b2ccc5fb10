import type { IsoDate } from '@openpb/domain/dates';
import type {
  OverdueReviewIntervals,
  OverdueReviewKind,
} from '@openpb/domain/reporting/overdue-review';
import { Prisma } from '../client.ts';
import {
  AGREED_PLAN_STATUSES,
  aliveOn,
  inForceOn,
  STARTED_AGREEMENT_STATUSES,
  statusIn,
} from './as-at-sql.ts';
import {
  afterPosition,
  countRows,
  type KeysetPage,
  type KeysetRows,
  keysetRows,
  limitOf,
} from './keyset.ts';
import type { ReportSql } from './sql-client.ts';

/** A position in the list's order: due date, kind, then the plan or agreement id. */
export interface OverdueReviewPosition {
  readonly dueDate: IsoDate;
  readonly kind: OverdueReviewKind;
  readonly subjectId: string;
}

export interface OverdueReviewRow extends OverdueReviewPosition {
  readonly personId: string;
  /** The plan (plan kinds) the review is owed on. */
  readonly planId: string | null;
  /** The agreement (direct payment kind) the review is owed on. */
  readonly agreementId: string | null;
  readonly lastReviewDate: IsoDate | null;
  readonly daysOverdue: number;
}

interface Row {
  kind: OverdueReviewKind;
  subject_id: string;
  person_id: string;
  plan_id: string | null;
  agreement_id: string | null;
  due_date: string;
  last_review_date: string | null;
  days_overdue: number;
}

/**
 * Reviews overdue on `asOf` (domain.md §6.6; definitions in @openpb/domain/reporting/overdue-review),
 * worked out by PostgreSQL in one statement and paged on (due date, kind, subject id): the most
 * overdue first. As at `asOf` from dates (D21): plan versions in force on it (superseded or ended
 * later or not), agreements running on it, people alive on it, reviews completed by it.
 */
export async function overdueReviewsPage(
  db: ReportSql,
  where: {
    readonly councilId: string;
    readonly asOf: IsoDate;
    readonly kinds: readonly OverdueReviewKind[];
    readonly intervals: OverdueReviewIntervals;
  },
  page: KeysetPage<OverdueReviewPosition>,
): Promise<KeysetRows<OverdueReviewRow>> {
  const position = page.after
    ? [
        Prisma.sql`${page.after.dueDate}::date`,
        Prisma.sql`${page.after.kind}::text`,
        Prisma.sql`${page.after.subjectId}::uuid`,
      ]
    : null;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT kind, subject_id::text, person_id::text, plan_id::text, agreement_id::text,
           due_date::text AS due_date, last_review_date::text AS last_review_date,
           (${where.asOf}::date - due_date)::int AS days_overdue
      FROM (${overdueSql(where)}) owed
     WHERE true
       ${afterPosition([Prisma.sql`due_date`, Prisma.sql`kind`, Prisma.sql`subject_id`], position)}
     ORDER BY due_date, kind, subject_id
     ${limitOf(page)}`);
  return keysetRows(
    rows.map((row) => ({
      kind: row.kind,
      subjectId: row.subject_id,
      personId: row.person_id,
      planId: row.plan_id,
      agreementId: row.agreement_id,
      dueDate: row.due_date,
      lastReviewDate: row.last_review_date,
      daysOverdue: row.days_overdue,
    })),
    page,
  );
}

/** How many reviews the list has (its totalCount). */
export function overdueReviewsCount(
  db: ReportSql,
  where: Parameters<typeof overdueReviewsPage>[1],
): Promise<number> {
  return countRows(db, overdueSql(where));
}

/** The overdue reviews the list shows, before paging. */
function overdueSql(where: Parameters<typeof overdueReviewsPage>[1]): Prisma.Sql {
  const { councilId, asOf, intervals } = where;
  const months = (count: number) => Prisma.sql`make_interval(months => ${count}::int)`;
  const reviewedBy = (personColumn: Prisma.Sql, condition: Prisma.Sql) => Prisma.sql`
    SELECT MAX(review.completed_date) AS completed
      FROM review
     WHERE review.council_id = ${councilId}::uuid
       AND review.person_id = ${personColumn}
       AND review.completed_date <= ${asOf}::date
       ${condition}`;
  return Prisma.sql`
    WITH plan_in_force AS (
      SELECT plan.id, plan.person_id, plan.start_date
        FROM support_plan plan
        JOIN person ON person.id = plan.person_id AND person.council_id = plan.council_id
       WHERE plan.council_id = ${councilId}::uuid
         AND ${statusIn(Prisma.sql`plan.status`, AGREED_PLAN_STATUSES)}
         AND ${inForceOn(Prisma.sql`plan.start_date`, Prisma.sql`plan.end_date`, asOf)}
         AND ${aliveOn(Prisma.sql`person`, asOf)}
    ), owed AS (
      SELECT 'FIRST_REVIEW'::text AS kind, plan.id AS subject_id, plan.person_id,
             plan.id AS plan_id, NULL::uuid AS agreement_id,
             plan.start_date + ${intervals.firstReviewMaxDays}::int AS due_date,
             last.completed AS last_review_date
        FROM plan_in_force plan
        CROSS JOIN LATERAL (${reviewedBy(Prisma.sql`plan.person_id`, Prisma.empty)}) last
       WHERE last.completed IS NULL OR last.completed < plan.start_date
      UNION ALL
      SELECT 'ANNUAL_REVIEW', plan.id, plan.person_id, plan.id, NULL,
             (COALESCE(last.completed, plan.start_date) + ${months(intervals.annualReviewMonths)})::date,
             last.completed
        FROM plan_in_force plan
        CROSS JOIN LATERAL (${reviewedBy(Prisma.sql`plan.person_id`, Prisma.empty)}) last
      UNION ALL
      SELECT 'DIRECT_PAYMENT_REVIEW', agreement.id, agreement.person_id, NULL, agreement.id,
             CASE WHEN last.completed IS NULL
                  THEN (agreement.start_date + ${months(intervals.firstDirectPaymentReviewMonths)})::date
                  ELSE (last.completed + ${months(intervals.directPaymentReviewIntervalMonths)})::date
             END,
             last.completed
        FROM direct_payment_agreement agreement
        CROSS JOIN LATERAL (${reviewedBy(
          Prisma.sql`agreement.person_id`,
          Prisma.sql`AND review.is_direct_payment_review
                     AND review.agreement_id = agreement.id
                     AND review.completed_date >= agreement.start_date`,
        )}) last
        JOIN person ON person.id = agreement.person_id AND person.council_id = agreement.council_id
       WHERE agreement.council_id = ${councilId}::uuid
         AND ${statusIn(Prisma.sql`agreement.status`, STARTED_AGREEMENT_STATUSES)}
         AND ${inForceOn(Prisma.sql`agreement.start_date`, Prisma.sql`agreement.end_date`, asOf)}
         AND ${aliveOn(Prisma.sql`person`, asOf)}
    )
    SELECT * FROM owed
     WHERE due_date < ${asOf}::date
       AND kind IN (${Prisma.join(where.kinds)})`;
}
