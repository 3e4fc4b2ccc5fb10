import { readFileSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poolConfigFromUrl } from './connection-config.ts';
import { createTestFileDatabase, type IsolatedDatabase } from './testing/isolated-database.ts';

/**
 * Ready to be distributed by council (D86): on Citus, a table distributed by `council_id` can
 * only enforce a primary key or unique constraint that includes `council_id`, and a foreign key
 * between two distributed tables must include it too. This lists every table that holds a
 * `council_id` whose keys do not, against the committed list of those known today
 * (`tenant-keys-without-council.json`, 92 at 2026-12-02: the single-column uuid primary keys and
 * the foreign keys on them), so that the list only shrinks: a new tenant table or key must include
 * council_id. The council table and the tables shared by all councils would be reference tables.
 */
let database: IsolatedDatabase;
let client: pg.Client;

beforeAll(async () => {
  database = await createTestFileDatabase();
  client = new pg.Client(poolConfigFromUrl(database.databaseUrl));
  await client.connect();
});

afterAll(async () => {
  await client?.end();
  await database?.drop();
});

/** `table.key` of the keys on tenant tables without council_id today (D86 says how they go). */
const KNOWN_EXCEPTIONS: readonly string[] = JSON.parse(
  readFileSync(new URL('./tenant-keys-without-council.json', import.meta.url), 'utf8'),
);

describe('tenant tables keyed for distribution by council', () => {
  it('no primary key, unique key or foreign key of a tenant table lacks council_id beyond the known ones', async () => {
    const { rows } = await client.query<{ table_name: string; key_name: string; kind: string }>(`
      WITH tenant AS (
        SELECT c.oid, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND EXISTS (
          SELECT 1 FROM pg_attribute a
          WHERE a.attrelid = c.oid AND a.attname = 'council_id' AND NOT a.attisdropped)
      )
      SELECT t.relname AS table_name, con.conname AS key_name, con.contype::text AS kind
      FROM tenant t JOIN pg_constraint con ON con.conrelid = t.oid
      WHERE con.contype IN ('p', 'u', 'f')
        -- a foreign key to a table that is not a tenant table (a reference table) needs no council_id
        AND (con.contype <> 'f' OR con.confrelid IN (SELECT oid FROM tenant))
        AND NOT EXISTS (
          SELECT 1 FROM pg_attribute a
          WHERE a.attrelid = t.oid AND a.attname = 'council_id' AND a.attnum = ANY (con.conkey))
      UNION ALL
      SELECT t.relname, i.relname, 'unique index'
      FROM tenant t JOIN pg_index x ON x.indrelid = t.oid JOIN pg_class i ON i.oid = x.indexrelid
      WHERE x.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.oid)
        AND NOT EXISTS (
          SELECT 1 FROM pg_attribute a
          WHERE a.attrelid = t.oid AND a.attname = 'council_id' AND a.attnum = ANY (x.indkey))
      ORDER BY 1, 2`);
    const found = rows.map((row) => `${row.table_name}.${row.key_name}`);
    if (process.env.TENANT_KEYS_DEBUG) console.log(JSON.stringify(found, null, 2));
    expect(found.filter((key) => !KNOWN_EXCEPTIONS.includes(key))).toEqual([]);
    // one that was fixed comes off the list
    expect(KNOWN_EXCEPTIONS.filter((key) => !found.includes(key))).toEqual([]);
  });
});
