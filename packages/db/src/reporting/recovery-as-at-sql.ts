import type { IsoDate } from '@openpb/domain/dates';
import { Prisma } from '../client.ts';

/**
 * The council's recoveries raised by `asOf`, as they stood on it (D21), as a subquery with the
 * recovery's columns plus `status_as_at` and `recovered_as_at`: what had come back is what the
 * ledger shows leaving the account for the recovery by then; a recovery completed after `asOf`
 * was still notified on it (or proposed, before its notice date). Disputes, agreements and
 * write-offs carry no date of their own, so they count from the day the recovery was raised.
 */
export function recoveriesAsAtSql(councilId: string, asOf: IsoDate): Prisma.Sql {
  return Prisma.sql`
    SELECT recovery.*, back.recovered AS recovered_as_at,
           CASE WHEN recovery.status = 'RECOVERED' AND back.recovered < recovery.amount_pence
                THEN CASE WHEN recovery.notified_date > ${asOf}::date THEN 'PROPOSED' ELSE 'NOTIFIED' END
                WHEN recovery.status = 'NOTIFIED' AND recovery.notified_date > ${asOf}::date
                THEN 'PROPOSED'
                ELSE recovery.status END AS status_as_at
      FROM recovery
      CROSS JOIN LATERAL (
        SELECT COALESCE(-SUM(entry.amount_pence), 0)::bigint AS recovered
          FROM account_transaction entry
         WHERE entry.council_id = recovery.council_id
           AND entry.recovery_id = recovery.id
           AND entry.posted_date <= ${asOf}::date
      ) back
     WHERE recovery.council_id = ${councilId}::uuid
       AND recovery.raised_date <= ${asOf}::date`;
}
