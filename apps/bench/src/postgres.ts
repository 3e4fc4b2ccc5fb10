import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { asApplicationLogin, ensureApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient } from '@openpb/db/client';
import { withDatabase } from '@openpb/db/connection-config';
import { dropDatabase, ensureDatabaseExists, withAdminConnection } from '@openpb/db/database-admin';
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from '@openpb/db/embedded-postgres';
import { migrateDatabase } from '@openpb/db/migrate';
import { SCALES, type ScaleName } from '@openpb/db/synthetic/scales';
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
  /** How long migrating and seeding took, or null when a kept database was used as it was. */
  readonly seedSeconds: number | null;
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

/** What a kept benchmark database holds, or null when it does not exist or holds nothing. */
async function keptSeed(databaseUrl: string): Promise<SeedSummary | null> {
  try {
    return await withAdminConnection(databaseUrl, async (client) => {
      const { rows } = await client.query<{ councils: number; people: number; budgets: number }>(
        `SELECT (SELECT count(*)::int FROM council) AS councils, (SELECT count(*)::int FROM person) AS people,
                (SELECT count(*)::int FROM personal_budget) AS budgets`,
      );
      const row = rows[0];
      return row && row.councils > 0
        ? { councils: row.councils, people: row.people, personalBudgets: row.budgets, rows: 0 }
        : null;
    });
  } catch {
    return null; // no such database yet
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
  /**
   * With DATABASE_URL: keep `openpb_bench` after the run, and use it as it is when it already
   * holds the scale's councils (national scale takes tens of minutes to seed).
   */
  readonly keep?: boolean;
  readonly log: (line: string) => void;
}): Promise<BenchDatabase> {
  const server = options.externalUrl
    ? { serverUrl: withDatabase(options.externalUrl, 'postgres'), stop: async () => {} }
    : await startEmbedded();
  try {
    const databaseUrl = withDatabase(server.serverUrl, DATABASE);
    const kept = options.keep && options.externalUrl ? await keptSeed(databaseUrl) : null;
    let seeded: SeedSummary;
    let seedSeconds: number | null = null;
    if (kept && kept.councils === SCALES[options.scale as ScaleName]?.councils) {
      options.log(`using the kept database: ${kept.councils} councils, ${kept.people} people`);
      seeded = kept;
    } else {
      const started = performance.now();
      await dropDatabase(server.serverUrl, DATABASE);
      await ensureDatabaseExists(server.serverUrl, DATABASE);
      options.log('migrating');
      await migrateDatabase(databaseUrl);
      options.log(`seeding scale "${options.scale}", seed ${options.seed}`);
      const db = createDatabaseClient({ databaseUrl, poolSize: 4 });
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
      await withAdminConnection(databaseUrl, (client) => client.query('VACUUM ANALYZE'));
      seedSeconds = (performance.now() - started) / 1000;
      options.log(`migrated, seeded and vacuumed in ${seedSeconds.toFixed(0)} s`);
    }
    if (!options.rowLevelSecurity) {
      options.log(
        'turning row-level security off (--no-rls): the API runs without the second wall',
      );
      await withAdminConnection(databaseUrl, (client) => client.query(DISABLE_ROW_LEVEL_SECURITY));
    }
    const statementStats = await enableStatementStats(databaseUrl);
    return {
      databaseUrl,
      applicationUrl: asApplicationLogin(databaseUrl),
      tenancyKey: await readTenancyKey(databaseUrl),
      embedded: !options.externalUrl,
      seeded,
      seedSeconds,
      statementStats,
      stop: async () => {
        if (options.externalUrl && !options.keep) await dropDatabase(server.serverUrl, DATABASE);
        await server.stop();
      },
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}
