import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type KillableApi, startKillableApi } from '../support/killable-api.ts';

/** Kills per run, and writes sent before each kill (a bounded loop: the test ends by itself). */
const RUNS = 3;
const WRITES_BEFORE_KILL = 40;

let api: KillableApi;

beforeAll(async () => {
  api = await startKillableApi('https://idp.crash.example');
});

afterAll(() => api.close());

describe('the audit trail survives kill -9 during writes (D18)', () => {
  it('stores an audit row for every committed write, whenever the process dies', async () => {
    await api.killDuringWrites(RUNS, WRITES_BEFORE_KILL);
    const people = await api.owner.person.findMany({
      where: { laPersonId: { startsWith: 'CRASH-' } },
      select: { laPersonId: true },
    });
    const audited = await api.owner.auditLogEntry.findMany({
      where: { kind: 'WRITE', outcome: 'OK', operation: { endsWith: ':Mutation.createPerson' } },
      select: { operation: true },
    });
    const auditedWrites = new Set(audited.map((row) => row.operation.split(':')[0]));
    const unaudited = people
      .map((person) => `Write${person.laPersonId.slice('CRASH-'.length)}`)
      .filter((operation) => !auditedWrites.has(operation));
    expect(people.length).toBeGreaterThan(0);
    expect(unaudited).toEqual([]);
    // and no audit row claims a write that did not commit
    expect(audited.length).toBe(people.length);
  }, 120_000);
});
