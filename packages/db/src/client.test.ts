import { describe, expect, it } from 'vitest';
import { createDatabaseClient } from './client.ts';
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
