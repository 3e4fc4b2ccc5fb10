import { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import type { IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';
import {
  AGEING_BUCKETS,
  AGEING_RECOVERY_STATUSES,
  type AgeingBucket,
} from '@openpb/domain/reporting/recovery-ageing';
import { Prisma } from '../client.ts';
import { recoveriesAsAtSql } from './recovery-as-at-sql.ts';
import type { ReportSql } from './sql-client.ts';

export interface RecoveryStatusTotal {
  readonly status: RecoveryStatus;
  readonly recoveries: number;
  readonly raisedPence: Pence;
  readonly recoveredPence: Pence;
}

export interface RecoveryAgeingTotal {
  readonly bucket: AgeingBucket;
  readonly recoveries: number;
  readonly outstandingPence: Pence;
}

export interface RecoverySummaryTotals {
  /** Every status, in code-list order, zero when there are none. */
  readonly byStatus: readonly RecoveryStatusTotal[];
  /** Every bucket, youngest first, zero when there are none. */
  readonly ageing: readonly RecoveryAgeingTotal[];
}

/** The bucket of `raised_date` on `asOf`, as a SQL CASE built from the domain's buckets. */
function bucketSql(asOf: IsoDate): Prisma.Sql {
  const age = Prisma.sql`(${asOf}::date - raised_date)`;
  const branches = AGEING_BUCKETS.map((definition) =>
    definition.toDays === null
      ? Prisma.sql`WHEN ${age} >= ${definition.fromDays}::int THEN ${definition.bucket}`
      : Prisma.sql`WHEN ${age} BETWEEN ${definition.fromDays}::int AND ${definition.toDays}::int THEN ${definition.bucket}`,
  );
  return Prisma.sql`CASE ${Prisma.join(branches, ' ')} END`;
}

/**
 * Recovery performance (domain.md §6.6) as at `asOf`, summed by PostgreSQL: money raised and
 * recovered per status as they stood on `asOf` (recovery-as-at-sql.ts), and the age on it of
 * recoveries then still proposed, notified or disputed.
 */
export async function recoverySummaryTotals(
  db: ReportSql,
  where: { readonly councilId: string; readonly asOf: IsoDate },
): Promise<RecoverySummaryTotals> {
  const { councilId, asOf } = where;
  const statusRows = await db.$queryRaw<
    { status: RecoveryStatus; recoveries: number; raised: bigint; recovered: bigint }[]
  >(Prisma.sql`
    SELECT status_as_at AS status, COUNT(*)::int AS recoveries, SUM(amount_pence)::bigint AS raised,
           SUM(recovered_as_at)::bigint AS recovered
      FROM (${recoveriesAsAtSql(councilId, asOf)}) recovery
     GROUP BY status_as_at`);
  const ageingRows = await db.$queryRaw<
    { bucket: AgeingBucket; recoveries: number; outstanding: bigint }[]
  >(Prisma.sql`
    SELECT ${bucketSql(asOf)} AS bucket, COUNT(*)::int AS recoveries,
           SUM(amount_pence - recovered_as_at)::bigint AS outstanding
      FROM (${recoveriesAsAtSql(councilId, asOf)}) recovery
     WHERE status_as_at IN (${Prisma.join(AGEING_RECOVERY_STATUSES)})
     GROUP BY 1`);
  return {
    byStatus: RecoveryStatus.codes.map((status) => {
      const row = statusRows.find((candidate) => candidate.status === status);
      return {
        status,
        recoveries: row?.recoveries ?? 0,
        raisedPence: Number(row?.raised ?? 0),
        recoveredPence: Number(row?.recovered ?? 0),
      };
    }),
    ageing: AGEING_BUCKETS.map(({ bucket }) => {
      const row = ageingRows.find((candidate) => candidate.bucket === bucket);
      return {
        bucket,
        recoveries: row?.recoveries ?? 0,
        outstandingPence: Number(row?.outstanding ?? 0),
      };
    }),
  };
}
