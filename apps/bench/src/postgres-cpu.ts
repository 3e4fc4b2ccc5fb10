import { readdirSync, readFileSync } from 'node:fs';
import { poolConfigFromUrl } from '@openpb/db/connection-config';
import pg from 'pg';
import { clockTicks } from './process-stats.ts';

/** utime, stime, cutime, cstime and ppid of /proc/<pid>/stat, or null once the process is gone. */
function processTimes(pid: number): { own: number; children: number; ppid: number } | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // the command name (field 2) may hold spaces; fields after its closing parenthesis are fixed
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    ppid: Number(fields[1]),
    own: Number(fields[11]) + Number(fields[12]),
    children: Number(fields[13]) + Number(fields[14]),
  };
}

/**
 * All the CPU PostgreSQL has used so far, when it runs on this machine: the postmaster's own and
 * its reaped children's time (cutime/cstime: backends that have exited), plus the time of every
 * live child (backends, WAL writer, checkpointer, autovacuum). Read before and after a timed run,
 * the difference is what the run cost PostgreSQL, whichever backend served it and whether or not
 * a connection closed meanwhile. It includes pg_stat_statements' own bookkeeping, alike for every
 * contender.
 */
export class PostgresCpu {
  private constructor(private readonly postmaster: number) {}

  /** Finds the postmaster through a backend's parent; null when PostgreSQL is not on this machine. */
  static async find(databaseUrl: string): Promise<PostgresCpu | null> {
    const client = new pg.Client(poolConfigFromUrl(databaseUrl));
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const backend = rows[0] ? processTimes(rows[0].pid) : null;
      if (!backend || !processTimes(backend.ppid)) return null;
      return new PostgresCpu(backend.ppid);
    } finally {
      await client.end();
    }
  }

  /** PostgreSQL's CPU time so far, in milliseconds (user + system). */
  milliseconds(): number {
    const postmaster = processTimes(this.postmaster);
    if (!postmaster) return Number.NaN;
    let ticks = postmaster.own + postmaster.children;
    for (const entry of readdirSync('/proc')) {
      const pid = Number(entry);
      if (!Number.isInteger(pid) || pid === this.postmaster) continue;
      const child = processTimes(pid);
      if (child?.ppid === this.postmaster) ticks += child.own;
    }
    return (ticks * 1000) / clockTicks();
  }
}
