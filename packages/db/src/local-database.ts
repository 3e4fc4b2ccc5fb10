import { join } from 'node:path';
import { withDatabase } from './connection-config.ts';
import { ensureDatabaseExists } from './database-admin.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrateDatabase } from './migrate.ts';
import { localDataDir } from './paths.ts';

export interface LocalDatabase {
  readonly databaseUrl: string;
  /** True when the database was created just now (and so is empty). */
  readonly created: boolean;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DEFAULT_PORT = 54329;
const DATABASE_NAME = 'openpb';

/**
 * The database the API runs on: the PostgreSQL named by DATABASE_URL or, without one, an
 * embedded PostgreSQL under `.data/postgres`. Either way the migrations are applied.
 */
export async function openLocalDatabase(env: {
  readonly DATABASE_URL?: string | undefined;
  readonly OPENPB_EMBEDDED_PG_PORT?: string | undefined;
}): Promise<LocalDatabase> {
  if (env.DATABASE_URL) {
    await migrateDatabase(env.DATABASE_URL);
    return { databaseUrl: env.DATABASE_URL, created: false, embedded: false, stop: async () => {} };
  }
  const port = Number(env.OPENPB_EMBEDDED_PG_PORT ?? EMBEDDED_DEFAULT_PORT);
  const server = await startEmbeddedPostgres({
    dataDir: join(localDataDir, 'postgres'),
    port,
    persistent: true,
  });
  const created = await ensureDatabaseExists(server.serverUrl, DATABASE_NAME);
  const databaseUrl = withDatabase(server.serverUrl, DATABASE_NAME);
  await migrateDatabase(databaseUrl);
  return { databaseUrl, created, embedded: true, stop: server.stop };
}
