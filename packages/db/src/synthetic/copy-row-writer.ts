import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { poolConfigFromUrl } from '../connection-config.ts';
import { copyTextChunks } from './copy-text.ts';
import type { RowBatch } from './row-batch.ts';
import type { RowWriter } from './row-writer.ts';
import { columnOf, TABLE_NAMES, TABLES, type TableName } from './tables.ts';

/**
 * Loads without firing triggers, foreign-key checks included, when the role may (a superuser,
 * as on the embedded development server): that halves the load time of a large data set. The
 * generator draws every reference from rows it has written before, and the tests load the same
 * data with the checks on. Elsewhere the rows are checked as usual.
 */
async function skipTriggersIfAllowed(client: pg.Client): Promise<void> {
  try {
    await client.query("SET session_replication_role = 'replica'");
  } catch {
    // not permitted to this role: load with the checks on
  }
}

/**
 * Writes batches with PostgreSQL `COPY … FROM STDIN` over one connection of its own, one
 * transaction per batch: the fastest way to load a large data set.
 */
export async function openCopyRowWriter(databaseUrl: string): Promise<RowWriter> {
  const client = new pg.Client(poolConfigFromUrl(databaseUrl));
  await client.connect();
  await client.query('SET synchronous_commit = off');
  await skipTriggersIfAllowed(client);

  async function copyTable<T extends TableName>(table: T, batch: RowBatch): Promise<void> {
    const rows = batch.rows[table];
    if (rows.length === 0) return;
    const spec = TABLES[table];
    const columns = spec.fields.map((field) => `"${columnOf(field)}"`).join(', ');
    const stream = client.query(copyFrom(`COPY "${spec.sqlName}" (${columns}) FROM STDIN`));
    await pipeline(Readable.from(copyTextChunks(table, rows)), stream);
  }

  return {
    async write(batch) {
      await client.query('BEGIN');
      try {
        for (const table of TABLE_NAMES) await copyTable(table, batch);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    close: () => client.end(),
  };
}
