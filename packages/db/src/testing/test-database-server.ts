import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureApplicationLogin } from '../application-role.ts';
import { withDatabase } from '../connection-config.ts';
import { dropDatabase, ensureDatabaseExists } from '../database-admin.ts';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { migrateDatabase } from '../migrate.ts';

export interface TestDatabaseServer {
  /** URL of the server's maintenance database. */
  readonly serverUrl: string;
  /** Name of a migrated, empty database to clone per test file. */
  readonly templateName: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? done(address.port) : fail(new Error('no port')),
      );
    });
  });
}

/**
 * For a Vitest globalSetup: a real PostgreSQL for the test run (the server in DATABASE_URL, or
 * a throwaway embedded one) with one migrated template database and the API's login role.
 */
export async function startTestDatabaseServer(): Promise<TestDatabaseServer> {
  const templateName = `openpb_template_${process.pid}`;
  const external = process.env.DATABASE_URL;
  let serverUrl: string;
  let stopServer = async () => {};
  if (external) {
    serverUrl = withDatabase(external, 'postgres');
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'openpb-test-pg-'));
    const server = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      persistent: false,
    });
    serverUrl = server.serverUrl;
    stopServer = async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  await dropDatabase(serverUrl, templateName);
  await ensureDatabaseExists(serverUrl, templateName);
  await migrateDatabase(withDatabase(serverUrl, templateName));
  await ensureApplicationLogin(serverUrl);
  return {
    serverUrl,
    templateName,
    stop: async () => {
      if (external) await dropDatabase(serverUrl, templateName);
      await stopServer();
    },
  };
}
