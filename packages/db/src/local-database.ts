import { join } from 'node:path';
import { asApplicationLogin, ensureApplicationLogin } from './application-role.ts';
import { withDatabase } from './connection-config.ts';
import { ensureDatabaseExists } from './database-admin.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { migrateDatabase } from './migrate.ts';
import { localDataDir } from './paths.ts';

export interface LocalDatabase {
  /** As the owner of the tables: for migrations and seeding. */
  readonly databaseUrl: string;
  /** As the API's login, subject to row-level security (D14). */
  readonly applicationUrl: string;
  /** True when the database was created just now (and so is empty). */
  readonly created: boolean;
  readonly embedded: boolean;
  stop(): Promise<void>;
}

export const EMBEDDED_DEFAULT_PORT = 54329;
const DATABASE_NAME = 'openpb';

/**
 * The database the API runs on. With DATABASE_URL (the API's login, subject to row-level
 * security), that server; the migrations are applied only when MIGRATION_DATABASE_URL (the owner
 * of the tables) is given too. Without one, an embedded PostgreSQL under `.data/postgres`,
 * migrated, with the API's login role made.
 */
export async function openLocalDatabase(env: {
  readonly DATABASE_URL?: string | undefined;
  readonly MIGRATION_DATABASE_URL?: string | undefined;
  readonly OPENPB_EMBEDDED_PG_PORT?: string | undefined;
}): Promise<LocalDatabase> {
  if (env.DATABASE_URL) {
    const owner = env.MIGRATION_DATABASE_URL ?? env.DATABASE_URL;
    if (env.MIGRATION_DATABASE_URL) await migrateDatabase(env.MIGRATION_DATABASE_URL);
    return {
      databaseUrl: owner,
      applicationUrl: env.DATABASE_URL,
      created: false,
      embedded: false,
      stop: async () => {},
    };
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
  await ensureApplicationLogin(databaseUrl);
  return {
    databaseUrl,
    applicationUrl: asApplicationLogin(databaseUrl),
    created,
    embedded: true,
    stop: server.stop,
  };
}
