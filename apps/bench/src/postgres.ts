import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asApplicationLogin, ensureApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient } from '@openpb/db/client';
import { withDatabase } from '@openpb/db/connection-config';
import { dropDatabase, ensureDatabaseExists, withAdminConnection } from '@openpb/db/database-admin';
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from '@openpb/db/embedded-postgres';
import { migrateDatabase } from '@openpb/db/migrate';
import { type SeedSummary, seedSyntheticData } from '@openpb/db/synthetic/seed';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { freePort } from './ports.ts';

export interface BenchDatabase {
  /** URL of the seeded benchmark database, as the owner of its tables. */
  readonly databaseUrl: string;
  /** The same database as the API's login, subject to row-level security (unless turned off). */
  readonly applicationUrl: string;
  /** Its tenancy key, which the API's login needs to serve a council (docs/decisions.md D18). */
  readonly tenancyKey: string;
  readonly embedded: boolean;
  readonly seeded: SeedSummary;
  /** Whether pg_stat_statements is loaded and the extension exists in the benchmark database. */
  readonly statementStats: boolean;
  stop(): Promise<void>;
}

const DATABASE = 'openpb_bench';

/** A throwaway embedded PostgreSQL (packages/db's starter) with pg_stat_statements preloaded. */
async function startEmbedded(): Promise<EmbeddedPostgresServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'openpb-bench-pg-'));
  return startEmbeddedPostgres({
    dataDir,
    port: await freePort(),
    persistent: false,
    settings: { shared_preload_libraries: 'pg_stat_statements' },
  });
}

const DISABLE_ROW_LEVEL_SECURITY = `
  DO $$
  DECLARE t regclass;
  BEGIN
    FOR t IN SELECT oid::regclass FROM pg_class WHERE relrowsecurity AND relnamespace = 'public'::regnamespace
    LOOP
      EXECUTE format('ALTER TABLE %s DISABLE ROW LEVEL SECURITY', t);
    END LOOP;
  END
  $$`;

async function enableStatementStats(databaseUrl: string): Promise<boolean> {
  try {
    await withAdminConnection(databaseUrl, async (client) => {
      await client.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
      await client.query('SELECT pg_stat_statements_reset()');
    });
    return true;
  } catch {
    // DATABASE_URL pointing at a server without shared_preload_libraries=pg_stat_statements
    return false;
  }
}

/**
 * Starts PostgreSQL (embedded, or the server of DATABASE_URL), creates a fresh `openpb_bench`
 * database, migrates it and loads the deterministic synthetic data set.
 */
export async function openBenchDatabase(options: {
  readonly externalUrl: string | undefined;
  readonly scale: string;
  readonly seed: number;
  /** False measures what row-level security costs: the same run with its policies switched off. */
  readonly rowLevelSecurity: boolean;
  readonly log: (line: string) => void;
}): Promise<BenchDatabase> {
  const server = options.externalUrl
    ? { serverUrl: withDatabase(options.externalUrl, 'postgres'), stop: async () => {} }
    : await startEmbedded();
  try {
    await dropDatabase(server.serverUrl, DATABASE);
    await ensureDatabaseExists(server.serverUrl, DATABASE);
    const databaseUrl = withDatabase(server.serverUrl, DATABASE);
    options.log('migrating');
    await migrateDatabase(databaseUrl);
    options.log(`seeding scale "${options.scale}", seed ${options.seed}`);
    const db = createDatabaseClient({ databaseUrl, poolSize: 4 });
    let seeded: SeedSummary;
    try {
      seeded = await seedSyntheticData(db, {
        scale: options.scale,
        seed: options.seed,
        databaseUrl, // COPY: the fast loader
      });
    } finally {
      await db.$disconnect();
    }
    await ensureApplicationLogin(databaseUrl);
    if (!options.rowLevelSecurity) {
      options.log(
        'turning row-level security off (--no-rls): the API runs without the second wall',
      );
      await withAdminConnection(databaseUrl, (client) => client.query(DISABLE_ROW_LEVEL_SECURITY));
    }
    await withAdminConnection(databaseUrl, (client) => client.query('VACUUM ANALYZE'));
    const statementStats = await enableStatementStats(databaseUrl);
    return {
      databaseUrl,
      applicationUrl: asApplicationLogin(databaseUrl),
      tenancyKey: await readTenancyKey(databaseUrl),
      embedded: !options.externalUrl,
      seeded,
      statementStats,
      stop: async () => {
        if (options.externalUrl) await dropDatabase(server.serverUrl, DATABASE);
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
