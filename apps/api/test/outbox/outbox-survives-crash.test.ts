import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { asApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import {
  createTestFileDatabase,
  type IsolatedDatabase,
} from '@openpb/db/testing/isolated-database';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNCIL_CLAIM, ROLES_CLAIM } from '../../src/auth/token-claims.ts';
import { createCouncilWithStaff, STAFF } from '../support/fixtures.ts';

const ISSUER = 'https://idp.outbox-crash.example';
const AUDIENCE = 'openpb-api';
const CHILD = fileURLToPath(new URL('../audit-crash/support/api-child.ts', import.meta.url));
/** Kills per run, and writes sent before each kill (a bounded loop: the test ends by itself). */
const RUNS = 3;
const WRITES_BEFORE_KILL = 40;

let database: IsolatedDatabase;
let owner: PrismaClient;
let token: string;
let childEnv: NodeJS.ProcessEnv;

beforeAll(async () => {
  database = await createTestFileDatabase();
  owner = createDatabaseClient({ databaseUrl: database.databaseUrl });
  const { councilId } = await createCouncilWithStaff(owner);
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  token = await new SignJWT({
    [COUNCIL_CLAIM]: councilId,
    [ROLES_CLAIM]: [STAFF.socialWorker.role],
  })
    .setProtectedHeader({ alg: 'ES256' })
    .setSubject(STAFF.socialWorker.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime('10m')
    .sign(privateKey);
  childEnv = {
    ...process.env,
    CRASH_DATABASE_URL: asApplicationLogin(database.databaseUrl),
    CRASH_TENANCY_KEY: await readTenancyKey(database.databaseUrl),
    CRASH_PUBLIC_KEY: await exportSPKI(publicKey),
    CRASH_ISSUER: ISSUER,
    CRASH_AUDIENCE: AUDIENCE,
  };
});

afterAll(async () => {
  await owner.$disconnect();
  await database.drop();
});

async function startChild(): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  return { child, url: `http://127.0.0.1:${line.toString().trim()}/graphql` };
}

/** One createPerson, named after its index so that its audit row can be found. */
function createPerson(url: string, index: number): Promise<unknown> {
  const query = `mutation Write${index}($input: CreatePersonInput!) {
    createPerson(input: $input) { __typename }
  }`;
  const input = {
    laPersonId: `CRASH-${index}`,
    givenName: 'Crash',
    familyName: `Test ${index}`,
    birthDate: '1950-01-01',
    gender: 'FEMALE',
    ethnicity: 'WHITE_BRITISH',
    postcode: 'EM1 2AB',
    clientType: 'SERVICE_USER',
    primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
    accommodationStatus: 'OWNER_OCCUPIER',
    mentalCapacityForDp: 'CAPACITY_PRESENT',
  };
  return fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables: { input } }),
  }).then(
    (response) => response.text(),
    () => null, // the process died under it
  );
}

describe('the outbox survives kill -9 during writes (issue 14 item 1)', () => {
  it('stores its event for every committed change and no event for a change that did not commit', async () => {
    let index = 0;
    for (let run = 0; run < RUNS; run++) {
      const { child, url } = await startChild();
      const exited = once(child, 'exit');
      const inFlight: Promise<unknown>[] = [];
      // a stream of writes; the process is killed as the last of them is sent, others in flight
      for (let sent = 0; sent < WRITES_BEFORE_KILL; sent++) {
        inFlight.push(createPerson(url, index++));
        if (sent % 4 === 3) await inFlight.at(-2);
      }
      child.kill('SIGKILL');
      await exited;
      await Promise.all(inFlight);
    }
    const people = await owner.person.findMany({
      where: { laPersonId: { startsWith: 'CRASH-' } },
      select: { id: true },
    });
    const events = await owner.domainEvent.findMany({
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
    const blocker = new pg.Client({ connectionString: database.databaseUrl });
    await blocker.connect();
    try {
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE domain_event IN SHARE MODE');
      const { child, url } = await startChild();
      const exited = once(child, 'exit');
      const write = createPerson(url, 9999);
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
      const { count } = await countBackendsOf(
        new URL(childEnv.CRASH_DATABASE_URL as string).username,
      );
      if (count === 0) break;
    }
    expect(await owner.person.count({ where: { laPersonId: 'CRASH-9999' } })).toBe(0);
    expect(await owner.domainEvent.count({ where: { type: 'person.created' } })).toBe(
      await owner.person.count({ where: { laPersonId: { startsWith: 'CRASH-' } } }),
    );
  }, 120_000);
});

async function countBackendsOf(role: string): Promise<{ count: number }> {
  const rows = await owner.$queryRawUnsafe<{ count: number }[]>(
    `SELECT count(*)::int AS count FROM pg_stat_activity WHERE usename = $1`,
    role,
  );
  return rows[0] ?? { count: 0 };
}
