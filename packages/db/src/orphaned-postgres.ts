import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

/** How long an orphaned server gets to shut down (fast shutdown) before we give up. */
const SHUTDOWN_WAIT_MS = 20_000;

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Before starting the embedded PostgreSQL on `dataDir`: a server left running by an API that was
 * killed (`kill -9` leaves its PostgreSQL child orphaned, holding the folder and the port) is
 * shut down (SIGINT, PostgreSQL's fast shutdown: no data is lost), and a lock file left by a
 * server that is no longer running is removed, so that `npm run dev` starts again (D16).
 * The server is ours when the lock file's pid is running and the file names this folder.
 */
export async function stopOrphanedPostgres(dataDir: string): Promise<'none' | 'stale' | 'stopped'> {
  const lockFile = join(dataDir, 'postmaster.pid');
  const lines = await readFile(lockFile, 'utf8').then(
    (text) => text.split('\n'),
    () => null,
  );
  if (!lines) return 'none';
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isRunning(pid)) {
    await rm(lockFile, { force: true });
    return 'stale';
  }
  if (lines[1]?.trim() && !sameFolder(lines[1].trim(), dataDir)) {
    throw new Error(`${lockFile} names another data folder (${lines[1]}); not stopping pid ${pid}`);
  }
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < SHUTDOWN_WAIT_MS; waited += 100) {
    if (!isRunning(pid)) return 'stopped';
    await delay(100);
  }
  throw new Error(
    `An orphaned PostgreSQL (pid ${pid}) holds ${dataDir} and did not stop; stop it and retry`,
  );
}

function sameFolder(a: string, b: string): boolean {
  const normal = (path: string) => path.replace(/\/+$/, '');
  return normal(a) === normal(b) || normal(a).endsWith(normal(b)) || normal(b).endsWith(normal(a));
}
