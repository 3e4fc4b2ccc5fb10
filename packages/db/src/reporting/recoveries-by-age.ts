import type { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import type { IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';
import { Prisma } from '../client.ts';
import {
  afterPosition,
  countRows,
  type KeysetPage,
  type KeysetRows,
  keysetRows,
  limitOf,
} from './keyset.ts';
import { recoveriesAsAtSql } from './recovery-as-at-sql.ts';
import type { ReportSql } from './sql-client.ts';

/** A position in the list's order: raised date (oldest first), then id. */
export interface RecoveryPosition {
  readonly raisedDate: IsoDate;
  readonly recoveryId: string;
}

export interface AgedRecoveryRow extends RecoveryPosition {
  /** Whole days from the raised date to `asOf` (0 = raised that day). */
  readonly ageDays: number;
  /** Amount asked for less what had come back by `asOf`. */
  readonly outstandingPence: Pence;
  /** The status on `asOf` (recovery-as-at-sql.ts). */
  readonly statusAsOf: RecoveryStatus;
}

interface Row {
  id: string;
  raised_date: string;
  age_days: number;
  outstanding: bigint;
  status_as_at: RecoveryStatus;
}

interface RecoveriesWhere {
  readonly councilId: string;
  readonly asOf: IsoDate;
  readonly status: RecoveryStatus | null;
  readonly olderThanDays: number | null;
}

/** The recoveries the list shows, before paging. */
function recoveriesSql(where: RecoveriesWhere): Prisma.Sql {
  const { councilId, asOf } = where;
  return Prisma.sql`
    SELECT * FROM (${recoveriesAsAtSql(councilId, asOf)}) recovery
     WHERE raised_date <= ${asOf}::date
       ${where.status === null ? Prisma.empty : Prisma.sql`AND status_as_at = ${where.status}`}
       ${
         where.olderThanDays === null
           ? Prisma.empty
           : Prisma.sql`AND raised_date < ${asOf}::date - ${where.olderThanDays}::int`
       }`;
}

/** How many recoveries the list has (its totalCount). */
export function recoveriesByAgeCount(db: ReportSql, where: RecoveriesWhere): Promise<number> {
  return countRows(db, recoveriesSql(where));
}

/**
 * Recoveries raised by `asOf`, oldest first, with their age in days and what was outstanding on
 * `asOf`, optionally only of one status as at `asOf` (recovery-as-at-sql.ts) and only those older
 * than a number of days (age > `olderThanDays`).
 */
export async function recoveriesByAgePage(
  db: ReportSql,
  where: RecoveriesWhere,
  page: KeysetPage<RecoveryPosition>,
): Promise<KeysetRows<AgedRecoveryRow>> {
  const { asOf } = where;
  const position = page.after
    ? [Prisma.sql`${page.after.raisedDate}::date`, Prisma.sql`${page.after.recoveryId}::uuid`]
    : null;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT id::text, raised_date::text AS raised_date,
           (${asOf}::date - raised_date)::int AS age_days,
           (amount_pence - recovered_as_at)::bigint AS outstanding, status_as_at
      FROM (${recoveriesSql(where)}) recovery
     WHERE true ${afterPosition([Prisma.sql`raised_date`, Prisma.sql`id`], position)}
     ORDER BY raised_date, id
     ${limitOf(page)}`);
  return keysetRows(
    rows.map((row) => ({
      recoveryId: row.id,
      raisedDate: row.raised_date,
      ageDays: row.age_days,
      outstandingPence: Number(row.outstanding),
      statusAsOf: row.status_as_at,
    })),
    page,
  );
}
