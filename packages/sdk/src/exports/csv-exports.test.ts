import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../../test/support/fake-fetch.ts';
import { createClientWith } from '../base-client.ts';
import { createClient } from '../create-client.ts';
import { OpenPbHttpError } from '../errors/openpb-http-error.ts';
import type { CsvExportName } from './csv-export-params.ts';
import { csvExportsResource } from './csv-exports.ts';

const URL = 'http://api.test/graphql';
const CSV = 'a,b\r\n1,2\r\n';
const csvReply = (headers: Record<string, string> = {}) => ({
  text: CSV,
  headers: { 'content-type': 'text/csv; charset=utf-8; header=present', ...headers },
});

/**
 * Every export name the SDK has, once: the compiler fails when this differs from CsvExportName
 * (a missing key, or one that is not a name), and the tests below when the API's differ.
 */
const SDK_EXPORTS = {
  cld: true,
  'cld-data-quality': true,
  'cld-submission-readiness': true,
  'reviews-overdue': true,
  'direct-payment-surpluses': true,
  recoveries: true,
  'complex-cases-without-qualified-worker': true,
  'council-summary': true,
  'recovery-summary': true,
  'caseload-by-qualification': true,
  'ascof-3d': true,
  'waiting-times': true,
  'outcomes-at-review': true,
} as const satisfies Record<CsvExportName, true>;

const repository = new globalThis.URL('../../../../', import.meta.url);
const read = (path: string) => readFileSync(new globalThis.URL(path, repository), 'utf8');
const exportNamesIn = (text: string) =>
  [...new Set([...text.matchAll(/\/exports\/([a-z0-9-]+)\.csv/g)].map((match) => match[1]))].sort();

describe('the export names are the API’s', () => {
  it('has a name for every route of the API’s export table (apps/api/src/exports/export-routes.ts)', () => {
    const routes = exportNamesIn(read('apps/api/src/exports/export-routes.ts'));
    expect(routes.length).toBeGreaterThanOrEqual(13);
    expect(Object.keys(SDK_EXPORTS).sort()).toEqual(routes);
  });

  it('has a name for every export docs/reporting.md lists', () => {
    const table = read('docs/reporting.md')
      .split('\n')
      .filter((line) => line.startsWith('| `/exports/'))
      .join('\n');
    expect(Object.keys(SDK_EXPORTS).sort()).toEqual(exportNamesIn(table));
  });
});

describe('client.exports.csv', () => {
  it('GETs /exports/<name>.csv from the API base with the token and the parameters given', async () => {
    const fetch = fakeFetch(
      csvReply({
        'x-request-id': 'req-1',
        'content-disposition': 'attachment; filename="recoveries-2025-06-30.csv"',
      }),
    );
    const client = createClient({ url: URL, token: 'secret', fetch });
    const result = await client.exports.csv('recoveries', {
      asOf: '2025-06-30',
      olderThanDays: 30,
    });
    expect(result).toEqual({
      csv: CSV,
      filename: 'recoveries-2025-06-30.csv',
      requestId: 'req-1',
    });
    const [call] = fetch.calls;
    expect(call?.url).toBe(
      'http://api.test/exports/recoveries.csv?asOf=2025-06-30&olderThanDays=30',
    );
    expect(call?.init).toMatchObject({
      method: 'GET',
      headers: { authorization: 'Bearer secret', accept: 'text/csv, application/json;q=0.9' },
    });
    expect(call?.init.body).toBeUndefined();
  });

  it('sends no query string for no parameters, and leaves out undefined ones', async () => {
    const fetch = fakeFetch(csvReply(), csvReply());
    const client = createClient({ url: 'http://api.test/base/', token: 't', fetch });
    await client.exports.csv('council-summary');
    await client.exports.csv('reviews-overdue', { asOf: '2025-06-30', kind: undefined });
    expect(fetch.calls.map((call) => call.url)).toEqual([
      'http://api.test/base/exports/council-summary.csv',
      'http://api.test/base/exports/reviews-overdue.csv?asOf=2025-06-30',
    ]);
  });

  it('turns a refusal into OpenPbHttpError with the API’s message, without retrying it', async () => {
    const fetch = fakeFetch({
      status: 400,
      json: { error: 'The period ends before it starts' },
      headers: { 'x-request-id': 'req-2', 'content-type': 'application/json' },
    });
    const client = createClient({ url: URL, token: 't', fetch });
    const error = await client.exports
      .csv('waiting-times', { from: '2025-06-30', to: '2025-04-01' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenPbHttpError);
    expect(error).toMatchObject({
      code: 'BAD_REQUEST',
      status: 400,
      requestId: 'req-2',
      message: 'HTTP 400: The period ends before it starts',
    });
    expect(fetch.calls).toHaveLength(1);
  });

  it('retries a 503 as any read, with the same request', async () => {
    const fetch = fakeFetch({ status: 503, text: 'busy', headers: {} }, csvReply());
    const client = createClient({ url: URL, token: 't', fetch, retryBaseDelayMs: 0 });
    expect((await client.exports.csv('cld', { from: '2025-04-01', to: '2025-06-30' })).csv).toBe(
      CSV,
    );
    expect(fetch.calls.map((call) => call.url)).toEqual([
      'http://api.test/exports/cld.csv?from=2025-04-01&to=2025-06-30',
      'http://api.test/exports/cld.csv?from=2025-04-01&to=2025-06-30',
    ]);
  });

  it('stops at the caller’s signal', async () => {
    const fetch = fakeFetch({ hang: true }, { hang: true });
    const client = createClient({ url: URL, token: 't', fetch, maxRetries: 3 });
    const controller = new AbortController();
    const pending = client.exports.csv('council-summary', {}, { signal: controller.signal });
    await vi.waitFor(() => expect(fetch.calls).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'OpenPbNetworkError', code: 'ABORTED' });
    expect(fetch.calls).toHaveLength(1);
  });

  it('refuses a name that is not an export’s before sending anything', async () => {
    const fetch = fakeFetch();
    const client = createClient({ url: URL, token: 't', fetch });
    const notAName = String('../graphql') as 'council-summary';
    await expect(client.exports.csv(notAName)).rejects.toBeInstanceOf(TypeError);
    expect(fetch.calls).toHaveLength(0);
  });

  it('is a namespace of createClientWith too', async () => {
    const fetch = fakeFetch(csvReply());
    const client = createClientWith(
      { url: URL, token: 't', fetch },
      { exports: csvExportsResource },
    );
    expect((await client.exports.csv('caseload-by-qualification')).csv).toBe(CSV);
  });

  it('types each export’s parameters (tsc checks the calls below that are not made)', async () => {
    const fetch = fakeFetch(csvReply());
    const client = createClient({ url: URL, token: 't', fetch });
    const typeOnly = (_call: () => unknown) => {};
    // @ts-expect-error the CLD return needs its period
    typeOnly(() => client.exports.csv('cld'));
    // @ts-expect-error ascof-3d takes a snapshot date, not asOf
    typeOnly(() => client.exports.csv('ascof-3d', { asOf: '2025-06-30' }));
    const releaseThree = { from: '2025-04-01', to: '2025-06-30', release: 'R3' } as const;
    // @ts-expect-error release is R1 or R2
    typeOnly(() => client.exports.csv('cld', releaseThree));
    // @ts-expect-error not an export
    typeOnly(() => client.exports.csv('people'));
    await client.exports.csv('ascof-3d', { snapshotDate: '2025-03-31', yearStart: '2024-04-01' });
    expect(fetch.calls.map((call) => call.url)).toEqual([
      'http://api.test/exports/ascof-3d.csv?snapshotDate=2025-03-31&yearStart=2024-04-01',
    ]);
  });
});
