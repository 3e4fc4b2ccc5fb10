import type { CldEvent } from '@openpb/domain/reporting/cld-event';
import type { ClientBase } from 'pg';
import Cursor from 'pg-cursor';
import {
  type CldEventRow,
  type CldEventsWhere,
  cldEventFromRow,
  cldEventsSql,
} from './cld-events-sql.ts';

/**
 * Every event of a CLD submission, read from a PostgreSQL cursor `batchSize` rows at a time, so
 * that memory stays flat however large the council. The caller owns the connection; the cursor is
 * closed when iteration ends or is abandoned.
 */
export async function* streamCldEvents(
  client: ClientBase,
  where: CldEventsWhere,
  batchSize = 500,
): AsyncGenerator<CldEvent> {
  const sql = cldEventsSql(where);
  const cursor = client.query(new Cursor<CldEventRow>(sql.text, sql.values));
  try {
    for (;;) {
      const rows = await cursor.read(batchSize);
      if (rows.length === 0) return;
      for (const row of rows) yield cldEventFromRow(row);
    }
  } finally {
    await cursor.close();
  }
}
