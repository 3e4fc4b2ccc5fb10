import { once } from 'node:events';
import { encodeGlobalID } from '@pothos/plugin-relay';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KillableApi, startKillableApi } from '../support/killable-api.ts';

/** Kills per run, and writes sent before each kill (a bounded loop: the test ends by itself). */
const RUNS = 3;
const WRITES_BEFORE_KILL = 40;

let api: KillableApi;

beforeAll(async () => {
  api = await startKillableApi('https://idp.outbox-crash.example');
});

afterAll(() => api.close());

describe('the outbox survives kill -9 during writes (issue 14 item 1)', () => {
  it('stores its event for every committed change and no event for a change that did not commit', async () => {
    await api.killDuringWrites(RUNS, WRITES_BEFORE_KILL);
    const people = await api.owner.person.findMany({
      where: { laPersonId: { startsWith: 'CRASH-' } },
      select: { id: true },
    });
    const events = await api.owner.domainEvent.findMany({
      where: { type: 'person.created' },
      select: { subject: true, personId: true, version: true, payload: true },
    });
    const subjects = new Set(events.map((event) => event.subject));
    const withoutEvent = people.filter(
      (person) => !subjects.has(encodeGlobalID('Person', person.id)),
    );
    expect(people.length).toBeGreaterThan(0);
    expect(withoutEvent).toEqual([]);
    // no event claims a change that did not commit, and none is stored twice
    expect(events.length).toBe(people.length);
    expect(new Set(events.map((event) => event.personId))).toEqual(
      new Set(people.map((person) => person.id)),
    );
    // ids, a version and nothing personal
    for (const event of events) {
      expect(event.version).toBe(1);
      expect(JSON.stringify(event.payload)).not.toMatch(/Crash|EM1|1950/);
    }
  }, 120_000);

  it('keeps neither the change nor its event when the process dies after the change and before its event', async () => {
    // The owner holds a lock that the event's INSERT waits for: the child's transaction has
    // written the person and stands before its event when it is killed.
    const blocker = new pg.Client({ connectionString: api.database.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE domain_event IN SHARE MODE');
      const { child, url } = await api.start();
      const exited = once(child, 'exit');
      const write = api.createPerson(url, 9999);
      // waits (on the database, not on a clock) until an INSERT stands behind the lock
      for (;;) {
        const { rows } = await blocker.query(
          `SELECT count(*)::int AS waiting FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
           WHERE c.relname = 'domain_event' AND NOT l.granted`,
        );
        if (rows[0].waiting > 0) break;
      }
      // the person is written inside the child's open transaction
      const { rows: inside } = await blocker.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND pid <> pg_backend_pid() AND query LIKE '%INSERT INTO domain_event%'`,
      );
      expect(inside[0].n).toBe(1);
      child.kill('SIGKILL');
      await exited;
      expect(await write).toBeNull();
      await blocker.query('COMMIT');
    } finally {
      await blocker.end();
    }
    // the server notices the lost client and rolls its transaction back
    for (;;) {
      const { count } = await countBackendsOf(api.applicationRole);
      if (count === 0) break;
    }
    expect(await api.owner.person.count({ where: { laPersonId: 'CRASH-9999' } })).toBe(0);
    expect(await api.owner.domainEvent.count({ where: { type: 'person.created' } })).toBe(
      await api.owner.person.count({ where: { laPersonId: { startsWith: 'CRASH-' } } }),
    );
  }, 120_000);
});

async function countBackendsOf(role: string): Promise<{ count: number }> {
  const rows = await api.owner.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM pg_stat_activity WHERE usename = $1`,
    role,
  );
  return rows[0] ?? { count: 0 };
}
