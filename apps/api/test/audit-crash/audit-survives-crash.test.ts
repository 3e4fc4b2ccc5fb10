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
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COUNCIL_CLAIM, ROLES_CLAIM } from '../../src/auth/token-claims.ts';
import { createCouncilWithStaff, STAFF } from '../support/fixtures.ts';

const ISSUER = 'https://idp.crash.example';
const AUDIENCE = 'openpb-api';
const CHILD = fileURLToPath(new URL('./support/api-child.ts', import.meta.url));
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

describe('the audit trail survives kill -9 during writes (D18)', () => {
  it('stores an audit row for every committed write, whenever the process dies', async () => {
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
      select: { laPersonId: true },
    });
    const audited = await owner.auditLogEntry.findMany({
      where: { kind: 'WRITE', outcome: 'OK', operation: { endsWith: ':createPerson' } },
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
