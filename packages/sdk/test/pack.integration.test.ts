import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(packageDir, 'node_modules', '.bin', 'tsc');
const nodeTypes = join(packageDir, 'node_modules', '@types');

/** pnpm as this run knows it: the script that started us (e.g. `npx pnpm@…`), else `pnpm` on PATH. */
function pnpm(args: string[], cwd: string) {
  const execPath = process.env.npm_execpath;
  return execPath && /pnpm\.c?js$/.test(execPath)
    ? run(process.execPath, [execPath, ...args], { cwd })
    : run('pnpm', args, { cwd });
}

/** Newest modification time of the files under `dir`. */
async function newestMtime(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Math.max(
    0,
    ...entries
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/**
 * Builds dist/ only when it is missing or older than src/ (under turbo, `build` ran before
 * `test`, so this does nothing and never races a dependent package reading dist/).
 */
async function ensureBuilt() {
  const entry = join(packageDir, 'dist', 'index.js');
  if (existsSync(entry) && statSync(entry).mtimeMs >= (await newestMtime(join(packageDir, 'src'))))
    return;
  await pnpm(['run', 'build'], packageDir);
}

const CONSUMER_SCRIPT = `
import {
  clientCredentialsTokenProvider,
  createClient,
  OpenPbHttpError,
  signInAsPersona,
} from '@openpb/sdk';

const url = process.env.OPENPB_API_URL;
const asPersona = async (persona) =>
  createClient({ url, token: await signInAsPersona({ url, persona }) });

// a council journey: a social worker pages through the caseload and reads a case
const worker = await asPersona('social-worker');
let count = 0;
for await (const person of worker.people.list(undefined, { pageSize: 100 })) {
  if (typeof person.familyName === 'string') count++;
}
const firstPage = await worker.people.list({}, { pageSize: 3 });
const someone = firstPage.items[0];
const personCase = await worker.people.getCase(someone.id);
const journey = await worker.people.getJourney(someone.id);
const manager = await asPersona('team-manager');
const summary = await manager.reports.councilSummary({ asOf: '2026-03-31' });
const summaryCsv = await manager.exports.csv('council-summary', { asOf: '2026-03-31' });

// a broker journey, from nothing: the council registers the brokerage and its app, the person
// delegates to it, and the broker's app signs in and reads the person's budgets
const admin = await asPersona('council-admin');
const organisation = await admin.organisations.register({ type: 'BROKERAGE', name: 'Pack Test Brokerage' });
if (!organisation.ok) throw new Error(organisation.error.message);
const app = await admin.apiClients.register({ organisationId: organisation.data.organisation.id, name: 'Pack test app' });
if (!app.ok) throw new Error(app.error.message);
const { clientId } = app.data.registration.apiClient;
const clientSecret = app.data.registration.clientSecret;
const grant = await worker.delegations.grant({
  personId: someone.id,
  organisationId: organisation.data.organisation.id,
  scopes: ['READ_BUDGET', 'READ_PLAN'],
  grantedBy: 'LOCAL_AUTHORITY',
  validFrom: '2020-01-01',
});
const broker = createClient({ url, getToken: clientCredentialsTokenProvider({ url, clientId, clientSecret }) });
const delegated = await broker.delegatedPeople.list();
const budgets = await broker.people.get(delegated.items[0]?.id ?? '');
const apps = await admin.apiClients.list().toArray({ limit: 100 });

let unauthenticated = null;
try {
  await createClient({ url, token: 'wrong' }).viewer();
} catch (error) {
  unauthenticated = error instanceof OpenPbHttpError ? error.code : String(error);
}
console.log(JSON.stringify({
  count,
  firstPage: firstPage.items.length,
  caseRead: personCase?.id === someone.id,
  journeyRead: journey?.id === someone.id && journey.timeline.edges.length > 0,
  csvHeader: summaryCsv.csv.split('\\r\\n')[0],
  summaryRead: typeof summary === 'object' && summary !== null,
  granted: grant.ok ? 'ok' : grant.error.__typename,
  delegated: delegated.items.map((person) => person.id),
  someone: someone.id,
  budgetsRead: Array.isArray(budgets?.personalBudgets),
  appListed: apps.some((listed) => listed.clientId === clientId && listed.active),
  requestId: typeof app.requestId,
  unauthenticated,
}));
`;

/** Compiled only: the public types must work for a strict consumer that checks library types too. */
const CONSUMER_TYPES = `
import { createClient, createClientWith, csvExportsResource, OpenPbGraphQLError, type MethodResult, type OpenPbClient, type Person, type PersonJourney } from '@openpb/sdk';
import { supportPlansResource } from '@openpb/sdk/resources/supportPlans';

const client = createClient({ url: 'http://127.0.0.1:4000', getToken: async () => 'token', maxRetries: 1 });
const person: Person | null = await client.people.get('id');
const pence: number | undefined = person?.personalBudgets[0]?.deployments[0]?.annualAmountPence;
const page = await client.people.list({ filter: { primarySupportReason: 'MENTAL_HEALTH' } }, { pageSize: 10 });
const names: readonly string[] = page.items.map((item) => item.familyName);
const requestId: string | undefined = page.requestId;
for await (const item of client.people.list()) item.laPersonId.toUpperCase();
const result: MethodResult<OpenPbClient['people']['create']> = await client.people.create({
  laPersonId: 'X-1', givenName: 'Ada', familyName: 'Lovelace', birthDate: '1950-12-10', gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH', postcode: 'EM1 1AA', clientType: 'SERVICE_USER',
  primarySupportReason: 'MENTAL_HEALTH', accommodationStatus: 'OWNER_OCCUPIER', mentalCapacityForDp: 'CAPACITY_PRESENT',
});
if (result.ok) result.data.person.id.toUpperCase();
else if (result.error.__typename === 'ValidationError') result.error.issues.map((issue) => issue.path);
// an idempotency key is optional: the SDK makes one
const paid = await client.directPayments.record({ paymentId: 'p', paidDate: '2026-04-06' }, { timeoutMs: 5_000 });
if (!paid.ok) paid.error.code.toLowerCase();
const ascof = await client.reports.ascof3d({ snapshotDate: '2026-03-31' });
const lean = createClientWith({ url: 'http://x', token: 't' }, { supportPlans: supportPlansResource });
const approved = await lean.supportPlans.approve({ planId: 'p', expectedRevision: 1 });
const viewer = await lean.viewer({ signal: AbortSignal.timeout(1_000) });
const exporter = createClientWith({ url: 'http://x', token: 't' }, { exports: csvExportsResource });
const cldFile: string = (await exporter.exports.csv('cld', { from: '2025-04-01', to: '2026-03-31', release: 'R2' })).csv;
const journey: PersonJourney | null = await client.people.getJourney('id');
const timelineDates: string[] = journey?.timeline.edges.map((edge) => edge.node.date) ?? [];
const error: unknown = null;
if (error instanceof OpenPbGraphQLError) error.errors.map((entry) => entry.message);
// @ts-expect-error unknown options are a type error as well as a runtime one
createClient({ url: 'http://x', token: 't', tokne: 'typo' });
// @ts-expect-error token and getToken are exclusive
createClient({ url: 'http://x', token: 't', getToken: () => 't' });
// @ts-expect-error toArray needs a limit
await client.people.list().toArray();
// @ts-expect-error not a support reason
client.people.list({ filter: { primarySupportReason: 'HAPPINESS' } });
// @ts-expect-error the snapshot date is required
await client.reports.ascof3d();
// @ts-expect-error the lean client has only the resources it was given
lean.people;
// @ts-expect-error the CLD return needs its period
await client.exports.csv('cld');
export { pence, names, requestId, ascof, approved, viewer, cldFile, timelineDates };
`;

describe('the packed tarball, outside the monorepo', () => {
  let workDir: string;
  let consumerDir: string;

  beforeAll(async () => {
    await ensureBuilt();
    workDir = await mkdtemp(join(tmpdir(), 'openpb-sdk-pack-'));
    await pnpm(['pack', '--pack-destination', workDir], packageDir);
    const [tarball] = (await readdir(workDir)).filter((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error('pnpm pack produced no tarball');
    consumerDir = join(workDir, 'consumer');
    await mkdir(consumerDir);
    await writeFile(
      join(consumerDir, 'package.json'),
      JSON.stringify({ name: 'consumer', private: true, type: 'module' }, null, 2),
    );
    await run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--ignore-scripts', join(workDir, tarball)],
      {
        cwd: consumerDir,
      },
    );
  }, 120_000);

  afterAll(async () => {
    if (workDir) await rm(workDir, { recursive: true, force: true });
  });

  it('ships only dist/, the README and a package.json without workspace protocols or runtime dependencies', async () => {
    const installed = join(consumerDir, 'node_modules', '@openpb', 'sdk');
    const manifest = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({
      types: './dist/index.d.ts',
      default: './dist/index.js',
    });
    expect(manifest.exports['./resources/*']).toEqual({
      types: './dist/generated/resources/*.d.ts',
      default: './dist/generated/resources/*.js',
    });
    expect(manifest.private).toBeUndefined();
    expect(manifest.version).toMatch(/^0\.\d+\.\d+$/);
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(JSON.stringify(manifest)).not.toMatch(/workspace:|catalog:/);
    expect((await readdir(installed)).sort()).toEqual([
      'CHANGELOG.md',
      'README.md',
      'dist',
      'package.json',
    ]);
    const installedPackages = (await readdir(join(consumerDir, 'node_modules'))).filter(
      (name) => !name.startsWith('.'),
    );
    expect(installedPackages).toEqual(['@openpb']);
  });

  it('runs a council journey and a broker journey from nothing in a plain Node ESM script', async () => {
    await writeFile(join(consumerDir, 'main.mjs'), CONSUMER_SCRIPT);
    const { stdout } = await run(process.execPath, ['main.mjs'], {
      cwd: consumerDir,
      env: { ...process.env, OPENPB_API_URL: inject('apiUrl') },
    });
    const result = JSON.parse(stdout.trim()) as Record<string, unknown> & {
      count: number;
      someone: string;
    };
    expect(result).toMatchObject({
      firstPage: 3,
      caseRead: true,
      journeyRead: true,
      csvHeader: 'section,key,count,total_pence,mean_pence,median_pence',
      summaryRead: true,
      granted: 'ok',
      delegated: [result.someone],
      budgetsRead: true,
      appListed: true,
      requestId: 'string',
      unauthenticated: 'UNAUTHENTICATED',
    });
    // every seeded person, plus any the client tests (running alongside) have created meanwhile
    expect(result.count).toBeGreaterThanOrEqual(inject('seededPeople'));
    expect(result.count).toBeLessThanOrEqual(inject('seededPeople') + 10);
  });

  it('type-checks for a strict TypeScript consumer without skipLibCheck', async () => {
    await writeFile(join(consumerDir, 'main.ts'), CONSUMER_TYPES);
    const args = [
      '--noEmit',
      '--strict',
      '--exactOptionalPropertyTypes',
      '--skipLibCheck',
      'false',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--target',
      'es2022',
      '--lib',
      'es2022',
      '--types',
      'node',
      '--typeRoots',
      nodeTypes,
      'main.ts',
    ];
    const result = await run(tsc, args, { cwd: consumerDir }).catch(
      (error: { stdout: string }) => error,
    );
    expect(result.stdout).toBe('');
  }, 120_000);
});
