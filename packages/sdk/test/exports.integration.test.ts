import { hashClientSecret } from '@openpb/db/api-clients/client-secret';
import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientCredentialsTokenProvider } from '../src/auth/client-credentials.ts';
import { createClient, type OpenPbClient } from '../src/create-client.ts';
import { signInAsPersona } from '../src/development/persona-sign-in.ts';
import { OpenPbHttpError } from '../src/errors/openpb-http-error.ts';
import { OpenPbNetworkError } from '../src/errors/openpb-network-error.ts';
import type { CsvExportName, CsvExportParams } from '../src/exports/csv-export-params.ts';

const url = inject('apiUrl');
let db: PrismaClient;
let managerToken: string;
let manager: OpenPbClient;
let financeOfficer: OpenPbClient;

/** The seed's own date (DEFAULT_AS_OF), and the year up to it: the seeded records lie in it. */
const AS_OF = '2026-10-01';
const PERIOD = { from: '2025-10-01', to: '2026-09-30' };

/** One call of every export the SDK names, with parameters that reach the seeded records. */
const EVERY_EXPORT: { readonly [N in CsvExportName]: CsvExportParams[N] } = {
  cld: PERIOD,
  'cld-data-quality': { ...PERIOD, release: 'R2' },
  'cld-submission-readiness': PERIOD,
  'reviews-overdue': { asOf: AS_OF },
  'direct-payment-surpluses': { asOf: AS_OF, minRecoverablePence: 0 },
  recoveries: { asOf: AS_OF },
  'complex-cases-without-qualified-worker': { asOf: AS_OF },
  'council-summary': { asOf: AS_OF },
  'recovery-summary': { asOf: AS_OF },
  'caseload-by-qualification': { asOf: AS_OF },
  'ascof-3d': { snapshotDate: '2026-09-30' },
  'waiting-times': PERIOD,
  'outcomes-at-review': PERIOD,
};

const EXPORT_NAMES = Object.keys(EVERY_EXPORT) as CsvExportName[];

/** The same export as a plain HTTP GET of its route. */
async function plainFetch(name: string, params: object, token: string) {
  const query = new URLSearchParams(
    Object.entries(params).map(([key, value]) => [key, String(value)]),
  );
  const response = await fetch(`${url}/exports/${name}.csv?${query}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status, name).toBe(200);
  return response.text();
}

beforeAll(async () => {
  db = createDatabaseClient({ databaseUrl: inject('databaseUrl'), poolSize: 2 });
  managerToken = await signInAsPersona({ url, persona: 'team-manager' });
  // a token source, as a council system has it
  manager = createClient({ url, getToken: () => managerToken });
  financeOfficer = createClient({
    url,
    token: await signInAsPersona({ url, persona: 'finance-officer' }),
  });
});

afterAll(() => db?.$disconnect());

describe('client.exports.csv against the real API', () => {
  it.each(EXPORT_NAMES)('%s: the CSV a plain GET of its route returns', async (name) => {
    const params = EVERY_EXPORT[name];
    const result = await manager.exports.csv(name, params);
    expect(result.csv).toBe(await plainFetch(name, params, managerToken));
    expect(result.csv.endsWith('\r\n')).toBe(true);
    expect(result.filename).toMatch(new RegExp(`^${name}-.*\\.csv$`));
    expect(result.requestId).toEqual(expect.any(String));
  });

  it('reaches the seeded records: the CLD return has rows, the council summary its figures', async () => {
    const cld = await manager.exports.csv('cld', PERIOD);
    expect(cld.csv.split('\r\n').length).toBeGreaterThan(10);
    const summary = await manager.exports.csv('council-summary', { asOf: AS_OF });
    const [header, ...figures] = summary.csv.split('\r\n');
    expect(header).toBe('section,key,count,total_pence,mean_pence,median_pence');
    expect(figures.length).toBeGreaterThan(3);
  });

  it('a money report for a finance officer; the CLD return refused with FORBIDDEN', async () => {
    const surpluses = await financeOfficer.exports.csv('direct-payment-surpluses', {
      asOf: AS_OF,
    });
    expect(surpluses.csv.startsWith('agreement_id,')).toBe(true);
    const error = await financeOfficer.exports.csv('cld', PERIOD).catch((caught) => caught);
    expect(error).toBeInstanceOf(OpenPbHttpError);
    expect(error).toMatchObject({
      status: 403,
      code: 'FORBIDDEN',
      message: 'HTTP 403: Your role does not allow this',
      requestId: expect.any(String),
    });
  });

  it('refuses every report to a social worker with FORBIDDEN', async () => {
    const socialWorker = createClient({
      url,
      token: await signInAsPersona({ url, persona: 'social-worker' }),
    });
    for (const name of EXPORT_NAMES) {
      await expect(socialWorker.exports.csv(name, EVERY_EXPORT[name]), name).rejects.toMatchObject({
        name: 'OpenPbHttpError',
        code: 'FORBIDDEN',
        status: 403,
      });
    }
  });

  it('a bad parameter is BAD_REQUEST with the API’s reason', async () => {
    await expect(
      manager.exports.csv('waiting-times', { from: PERIOD.to, to: PERIOD.from }),
    ).rejects.toMatchObject({
      name: 'OpenPbHttpError',
      code: 'BAD_REQUEST',
      status: 400,
      message: 'HTTP 400: The period ends before it starts',
    });
    await expect(
      manager.exports.csv('cld', { from: '2025-04-01', to: '2026-03-31', release: 'R1' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'HTTP 400: Release 1 does not apply to this period: use Release 2',
    });
    await expect(
      manager.exports.csv('council-summary', { asOf: '2026-02-30' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: 'HTTP 400: asOf must be a date YYYY-MM-DD',
    });
  });

  it('a token the API does not accept is UNAUTHENTICATED', async () => {
    const stranger = createClient({ url, token: 'not-a-jwt', maxRetries: 0 });
    await expect(stranger.exports.csv('council-summary')).rejects.toMatchObject({
      name: 'OpenPbHttpError',
      code: 'UNAUTHENTICATED',
      status: 401,
      message: 'HTTP 401: A valid bearer token is required',
    });
  });

  it('cancels with the caller’s AbortSignal once the request is on its way', async () => {
    const controller = new AbortController();
    let sent = 0;
    const aborting = createClient({
      url,
      token: managerToken,
      // the request goes to the API, then the caller gives up before the answer
      fetch: (target, init) => {
        sent += 1;
        const response = globalThis.fetch(target, init);
        controller.abort(new Error('the user left the page'));
        return response;
      },
    });
    const error = await aborting.exports
      .csv('waiting-times', PERIOD, { signal: controller.signal })
      .catch((caught) => caught);
    expect(error).toBeInstanceOf(OpenPbNetworkError);
    expect(error).toMatchObject({ code: 'ABORTED' });
    expect(sent).toBe(1);
  });
});

describe('client.exports.csv for a third-party app (client credentials)', () => {
  const CLIENT_ID = 'sdk-exports-test-app';
  const SECRET = 'sdk-exports-secret-0123456789abcdef';

  it('signs in and is refused the council’s reports with FORBIDDEN', async () => {
    const council = await db.council.findFirstOrThrow({ where: { laCode: '990' } });
    const organisation = await db.organisation.create({
      data: { type: 'BROKERAGE', name: 'SDK Exports Test Brokerage' },
    });
    await db.apiClient.create({
      data: {
        councilId: council.id,
        organisationId: organisation.id,
        clientId: CLIENT_ID,
        secretHash: await hashClientSecret(SECRET),
        name: 'SDK exports test app',
      },
    });
    const app = createClient({
      url,
      getToken: clientCredentialsTokenProvider({ url, clientId: CLIENT_ID, clientSecret: SECRET }),
    });
    expect(await app.viewer()).toMatchObject({ subject: `client:${CLIENT_ID}`, roles: [] });
    await expect(app.exports.csv('council-summary', { asOf: AS_OF })).rejects.toMatchObject({
      name: 'OpenPbHttpError',
      code: 'FORBIDDEN',
      status: 403,
    });
  });
});
