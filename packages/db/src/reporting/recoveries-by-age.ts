import type { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import type { IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';
import { Prisma } from '../client.ts';
import { afterPosition, type KeysetPage, type KeysetRows, keysetRows, limitOf } from './keyset.ts';
import type { ReportSql } from './sql-client.ts';

/** A position in the list's order: raised date (oldest first), then id. */
export interface RecoveryPosition {
  readonly raisedDate: IsoDate;
  readonly recoveryId: string;
}

export interface AgedRecoveryRow extends RecoveryPosition {
  /** Whole days from the raised date to `asOf` (0 = raised that day). */
  readonly ageDays: number;
  /** Amount asked for less what has come back. */
  readonly outstandingPence: Pence;
}

interface Row {
  id: string;
  raised_date: string;
  age_days: number;
  outstanding: bigint;
}

/**
 * Recoveries raised by `asOf`, oldest first, with their age in days, optionally only of one
 * status and only those older than a number of days (age > `olderThanDays`).
 */
export async function recoveriesByAgePage(
  db: ReportSql,
  where: {
    readonly councilId: string;
    readonly asOf: IsoDate;
    readonly status: RecoveryStatus | null;
    readonly olderThanDays: number | null;
  },
  page: KeysetPage<RecoveryPosition>,
): Promise<KeysetRows<AgedRecoveryRow>> {
  const { councilId, asOf } = where;
  const position = page.after
    ? [Prisma.sql`${page.after.raisedDate}::date`, Prisma.sql`${page.after.recoveryId}::uuid`]
    : null;
  const rows = await db.$queryRaw<Row[]>(Prisma.sql`
    SELECT id::text, raised_date::text AS raised_date,
           (${asOf}::date - raised_date)::int AS age_days,
           (amount_pence - recovered_pence)::bigint AS outstanding
      FROM recovery
     WHERE council_id = ${councilId}::uuid
       AND raised_date <= ${asOf}::date
       ${where.status === null ? Prisma.empty : Prisma.sql`AND status = ${where.status}`}
       ${
         where.olderThanDays === null
           ? Prisma.empty
           : Prisma.sql`AND raised_date < ${asOf}::date - ${where.olderThanDays}::int`
       }
       ${afterPosition([Prisma.sql`raised_date`, Prisma.sql`id`], position)}
     ORDER BY raised_date, id
     ${limitOf(page)}`);
  return keysetRows(
    rows.map((row) => ({
      recoveryId: row.id,
      raisedDate: row.raised_date,
      ageDays: row.age_days,
      outstandingPence: Number(row.outstanding),
    })),
    page,
  );
}
