import type { Prisma, PrismaClient } from '../client.ts';
import type { RowBatch } from './row-batch.ts';
import type { RowWriter } from './row-writer.ts';
import { columnOf, TABLE_NAMES, TABLES, type TableName } from './tables.ts';

function insertStatement<T extends TableName>(
  db: Prisma.TransactionClient,
  table: T,
  batch: RowBatch,
) {
  const spec = TABLES[table];
  const columns = spec.fields.map(columnOf);
  const list = columns.map((column) => `"${column}"`).join(', ');
  const records = batch.rows[table].map((row) => {
    const record: Record<string, unknown> = row;
    return Object.fromEntries(spec.fields.map((field, index) => [columns[index], record[field]]));
  });
  return db.$executeRawUnsafe(
    `INSERT INTO "${spec.sqlName}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${spec.sqlName}", $1::json)`,
    JSON.stringify(records),
  );
}

/** A batch is written whole or not at all, however slow a busy machine makes it. */
const BATCH_TIMEOUT_MS = 120_000;

/**
 * Writes batches through a Prisma client, one multi-row INSERT per table in one transaction
 * per batch; for callers that hold a client but no database URL.
 */
export function prismaRowWriter(db: PrismaClient): RowWriter {
  return {
    async write(batch) {
      const tables = TABLE_NAMES.filter((table) => batch.rows[table].length > 0);
      await db.$transaction(
        async (tx) => {
          for (const table of tables) await insertStatement(tx, table, batch);
        },
        { timeout: BATCH_TIMEOUT_MS, maxWait: BATCH_TIMEOUT_MS },
      );
    },
    close: async () => {},
  };
}
