import { describe, expect, it } from 'vitest';
import { createConnectionPool, createDatabaseClient } from './client.ts';
import { withAdminConnection } from './database-admin.ts';
import { createTestFileDatabase } from './testing/isolated-database.ts';

describe('createDatabaseClient', () => {
  it('stops any statement that runs past the statement timeout', async () => {
    const database = await createTestFileDatabase();
    const db = createDatabaseClient({ databaseUrl: database.databaseUrl, statementTimeoutMs: 200 });
    try {
      await expect(db.$queryRaw`SELECT pg_sleep(2)::text`).rejects.toThrow(
        /statement timeout|canceling statement/i,
      );
      expect(await db.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
    } finally {
      await db.$disconnect();
      await database.drop();
    }
  });
});

describe('createConnectionPool', () => {
  it('survives the server cutting a connection that is checked out and between statements', async () => {
    const database = await createTestFileDatabase();
    const pool = createConnectionPool({ databaseUrl: database.databaseUrl, poolSize: 2 });
    try {
      const client = await pool.connect();
      const [{ pid }] = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))
        .rows as [{ pid: number }];
      // no 'error' listener of the test's own (it would hide the one that matters): wait for the end
      const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
      await withAdminConnection(database.databaseUrl, (admin) =>
        admin.query('SELECT pg_terminate_backend($1)', [pid]),
      );
      await ended; // the 57P01 arrived while no statement ran; unhandled, it would end the process
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release(true);
      expect((await pool.query('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
    } finally {
      await pool.end();
      await database.drop();
    }
  });
});
