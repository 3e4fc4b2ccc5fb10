import type { CldEvent } from '@openpb/domain/reporting/cld-event';
import {
  type CldEventPosition,
  type CldEventRow,
  type CldEventsWhere,
  cldEventFromRow,
  cldEventsSql,
} from './cld-events-sql.ts';
import type { ReportSql } from './sql-client.ts';

/** Up to `limit` events of a CLD submission from a position (keyset paging over a Prisma client). */
export async function cldEventPage(
  db: ReportSql,
  where: CldEventsWhere,
  page: {
    readonly after: CldEventPosition | null;
    readonly inclusive: boolean;
    readonly limit: number;
  },
): Promise<CldEvent[]> {
  const rows = await db.$queryRaw<CldEventRow[]>(cldEventsSql(where, page));
  return rows.map(cldEventFromRow);
}
