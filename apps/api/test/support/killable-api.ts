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
import { COUNCIL_CLAIM, ROLES_CLAIM } from '../../src/auth/token-claims.ts';
import { createCouncilWithStaff, STAFF, type StaffKey } from './fixtures.ts';

const AUDIENCE = 'openpb-api';
const CHILD = fileURLToPath(new URL('../audit-crash/support/api-child.ts', import.meta.url));

/**
 * An API in a child process on its own database, to be killed with SIGKILL while it writes
 * (D18's audit row, D35's outbox): the database's owner reads what survived.
 */
export interface KillableApi {
  readonly database: IsolatedDatabase;
  readonly owner: PrismaClient;
  /** The login the child connects as (its backends are counted to see it gone). */
  readonly applicationRole: string;
  start(): Promise<{ child: ChildProcess; url: string }>;
  /** One createPerson named after its index (operation `Write<index>`, laPersonId `CRASH-<index>`); null when the process died under it. */
  createPerson(url: string, index: number): Promise<string | null>;
  /** The council the fixtures made, and its one person. */
  readonly councilId: string;
  readonly personId: string;
  /** One GraphQL POST of a named operation, as the social worker unless `as` says who. */
  post(
    url: string,
    query: string,
    operationName: string,
    options?: { as?: StaffKey; variables?: Record<string, unknown> },
  ): Promise<{ status: number; body: string }>;
  /** `runs` times: start the API, stream `writesBeforeKill` writes and kill it with some in flight. */
  killDuringWrites(runs: number, writesBeforeKill: number): Promise<void>;
  close(): Promise<void>;
}

export async function startKillableApi(
  issuer: string,
  options: {
    /** The children's request rate limit (default: none to speak of). */
    readonly rateLimitPerMinute?: number;
    /** A frozen clock for the children (ISO 8601): limits and dates do not move during a test. */
    readonly now?: string;
  } = {},
): Promise<KillableApi> {
  const database = await createTestFileDatabase();
  const owner = createDatabaseClient({ databaseUrl: database.databaseUrl });
  const { councilId, personId } = await createCouncilWithStaff(owner);
  const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
  const tokenOf = (staff: StaffKey) =>
    new SignJWT({ [COUNCIL_CLAIM]: councilId, [ROLES_CLAIM]: [STAFF[staff].role] })
      .setProtectedHeader({ alg: 'ES256' })
      .setSubject(STAFF[staff].subject)
      .setIssuer(issuer)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(privateKey);
  const token = await tokenOf('socialWorker');
  const applicationUrl = asApplicationLogin(database.databaseUrl);
  const env = {
    ...process.env,
    CRASH_DATABASE_URL: applicationUrl,
    CRASH_TENANCY_KEY: await readTenancyKey(database.databaseUrl),
    CRASH_PUBLIC_KEY: await exportSPKI(publicKey),
    CRASH_ISSUER: issuer,
    CRASH_AUDIENCE: AUDIENCE,
    ...(options.rateLimitPerMinute
      ? { CRASH_RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute) }
      : {}),
    ...(options.now ? { CRASH_NOW: options.now } : {}),
  };

  async function start() {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const [line] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
    return { child, url: `http://127.0.0.1:${line.toString().trim()}/graphql` };
  }

  function createPerson(url: string, index: number): Promise<string | null> {
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

  async function post(
    url: string,
    query: string,
    operationName: string,
    options: { as?: StaffKey; variables?: Record<string, unknown> } = {},
  ) {
    const bearer = options.as ? await tokenOf(options.as) : token;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${bearer}` },
      body: JSON.stringify({ query, operationName, variables: options.variables }),
    });
    return { status: response.status, body: await response.text() };
  }

  async function killDuringWrites(runs: number, writesBeforeKill: number) {
    let index = 0;
    for (let run = 0; run < runs; run++) {
      const { child, url } = await start();
      const exited = once(child, 'exit');
      const inFlight: Promise<unknown>[] = [];
      // a stream of writes; the process is killed as the last of them is sent, others in flight
      for (let sent = 0; sent < writesBeforeKill; sent++) {
        inFlight.push(createPerson(url, index++));
        if (sent % 4 === 3) await inFlight.at(-2);
      }
      child.kill('SIGKILL');
      await exited;
      await Promise.all(inFlight);
    }
  }

  return {
    database,
    owner,
    councilId,
    personId,
    applicationRole: new URL(applicationUrl).username,
    start,
    createPerson,
    post,
    killDuringWrites,
    async close() {
      await owner.$disconnect();
      await database.drop();
    },
  };
}
