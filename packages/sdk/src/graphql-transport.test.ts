import { inspect } from 'node:util';
import { describe, expect, it, vi } from 'vitest';
import { fakeFetch, graphqlData } from '../test/support/fake-fetch.ts';
import { peoplePage } from '../test/support/fixtures.ts';
import { resolveClientOptions } from './client-options.ts';
import { createClient } from './create-client.ts';
import { OpenPbError } from './errors/openpb-error.ts';
import { OpenPbGraphQLError } from './errors/openpb-graphql-error.ts';
import { OpenPbHttpError } from './errors/openpb-http-error.ts';
import { OpenPbNetworkError } from './errors/openpb-network-error.ts';
import type { FetchLike } from './fetch-like.ts';
import { ViewerDocument } from './generated/types/graphql.ts';
import { createGraphQLTransport } from './graphql-transport.ts';

const URL = 'http://api.test';
const TOKEN = 'secret-token-123';
const VIEWER = {
  viewer: {
    subject: 's',
    roles: ['AUDITOR'],
    council: { id: 'c', laCode: '990', name: 'E', region: 'R' },
  },
};
const CREATE_INPUT = {
  laPersonId: 'N-1',
  givenName: 'Ada',
  familyName: 'Lovelace',
  birthDate: '1950-01-01',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  postcode: 'EM1 1AA',
  clientType: 'SERVICE_USER',
  primarySupportReason: 'MENTAL_HEALTH',
  accommodationStatus: 'OWNER_OCCUPIER',
  mentalCapacityForDp: 'CAPACITY_PRESENT',
} as const;

/** A transport whose backoff waits are recorded instead of slept. */
function transportWith(
  fetch: FetchLike,
  options: { maxRetries?: number; timeoutMs?: number } = {},
) {
  const waits: number[] = [];
  const transport = createGraphQLTransport(
    resolveClientOptions({ url: URL, token: TOKEN, fetch, ...options }),
    {
      sleep: async (ms) => {
        waits.push(ms);
      },
      random: () => 1,
    },
  );
  return { transport, waits };
}

describe('requests', () => {
  it('POSTs the named operation with its variables and the bearer token', async () => {
    const fetch = fakeFetch(graphqlData(peoplePage(0, 2, false)));
    const client = createClient({ url: URL, token: TOKEN, fetch });
    await client.people.list({ filter: { search: 'Ad' } }, { pageSize: 2 });
    const [call] = fetch.calls;
    expect(call?.url).toBe('http://api.test/graphql');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(call?.init.headers['content-type']).toBe('application/json');
    expect(call?.body?.operationName).toBe('People');
    expect(call?.body?.variables).toEqual({ first: 2, after: null, filter: { search: 'Ad' } });
    expect(String(call?.body?.query)).toMatch(/^\s*query People\(/);
  });

  it('asks getToken for a token on every request', async () => {
    let issued = 0;
    const getToken = vi.fn(async () => `token-${++issued}`);
    const fetch = fakeFetch(graphqlData(VIEWER), graphqlData(VIEWER));
    const client = createClient({ url: URL, getToken, fetch });
    await client.viewer();
    await client.viewer();
    expect(fetch.calls.map((call) => call.init.headers.authorization)).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('reports a failing getToken as TOKEN_ERROR without sending anything', async () => {
    const fetch = fakeFetch();
    const client = createClient({
      url: URL,
      getToken: () => Promise.reject(new Error('expired')),
      fetch,
    });
    await expect(client.viewer()).rejects.toMatchObject({
      name: 'OpenPbError',
      code: 'TOKEN_ERROR',
    });
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('errors', () => {
  it('turns a 401 into OpenPbHttpError(UNAUTHENTICATED) that does not hold the token', async () => {
    const fetch = fakeFetch({
      status: 401,
      json: {
        errors: [
          { message: 'A valid bearer token is required', extensions: { code: 'UNAUTHENTICATED' } },
        ],
      },
    });
    const error = await createClient({ url: URL, token: TOKEN, fetch, maxRetries: 3 })
      .viewer()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenPbHttpError);
    expect(error).toBeInstanceOf(OpenPbError);
    expect(error).toMatchObject({
      name: 'OpenPbHttpError',
      status: 401,
      code: 'UNAUTHENTICATED',
      message: 'HTTP 401: A valid bearer token is required',
    });
    expect((error as OpenPbHttpError).errors[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(fetch.calls).toHaveLength(1);
    expect(inspect(error, { depth: 10, showHidden: true })).not.toContain(TOKEN);
    expect(JSON.stringify(error)).not.toContain(TOKEN);
  });

  it('turns GraphQL errors into OpenPbGraphQLError, keeping errors and partial data', async () => {
    const fetch = fakeFetch({
      json: {
        data: { viewer: null },
        errors: [{ message: 'Unexpected error.', path: ['viewer'] }],
      },
    });
    const error = await createClient({ url: URL, token: TOKEN, fetch })
      .viewer()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenPbGraphQLError);
    expect(error).toMatchObject({
      code: 'GRAPHQL_ERROR',
      operationName: 'Viewer',
      data: { viewer: null },
      errors: [{ message: 'Unexpected error.', path: ['viewer'] }],
    });
    expect((error as Error).message).toBe('GraphQL Viewer failed: Unexpected error.');
    expect(fetch.calls).toHaveLength(1);
  });

  it('turns a body that is not JSON into INVALID_RESPONSE', async () => {
    const fetch = fakeFetch({ status: 200, text: '<html>proxy</html>' });
    await expect(createClient({ url: URL, token: TOKEN, fetch }).viewer()).rejects.toMatchObject({
      name: 'OpenPbHttpError',
      code: 'INVALID_RESPONSE',
      status: 200,
    });
  });

  it('turns a failed connection into OpenPbNetworkError with the cause', async () => {
    const refused = new TypeError('fetch failed');
    const fetch = fakeFetch({ networkError: refused });
    const error = await createClient({ url: URL, token: TOKEN, fetch, maxRetries: 0 })
      .viewer()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenPbNetworkError);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', cause: refused });
  });

  it('times out a silent server', async () => {
    const fetch = fakeFetch({ hang: true });
    const client = createClient({ url: URL, token: TOKEN, fetch, timeoutMs: 20, maxRetries: 0 });
    await expect(client.viewer()).rejects.toMatchObject({
      name: 'OpenPbNetworkError',
      code: 'TIMEOUT',
    });
  });

  it('does not send a request whose signal is already aborted', async () => {
    const fetch = fakeFetch();
    const client = createClient({ url: URL, token: TOKEN, fetch });
    await expect(client.viewer({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'ABORTED',
    });
    expect(fetch.calls).toHaveLength(0);
  });

  it('stops at once when the caller aborts, without retrying', async () => {
    const fetch = fakeFetch({ hang: true }, { hang: true });
    const client = createClient({ url: URL, token: TOKEN, fetch, maxRetries: 3 });
    const controller = new AbortController();
    const pending = client.viewer({ signal: controller.signal });
    await vi.waitFor(() => expect(fetch.calls).toHaveLength(1));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'OpenPbNetworkError', code: 'ABORTED' });
    expect(fetch.calls).toHaveLength(1);
  });
});

describe('retries', () => {
  it('retries a query after 503, a network error and 429, with growing waits', async () => {
    const fetch = fakeFetch(
      { status: 503, text: 'busy' },
      { networkError: new TypeError('socket hang up') },
      { status: 429, json: {}, headers: { 'retry-after': '1' } },
      graphqlData(VIEWER),
    );
    const { transport, waits } = transportWith(fetch, { maxRetries: 3 });
    await expect(transport.execute(ViewerDocument, {}, { retry: true })).resolves.toEqual({
      data: VIEWER,
      requestId: undefined,
    });
    expect(fetch.calls).toHaveLength(4);
    expect(waits).toEqual([300, 600, 1_000]);
  });

  it('gives up after maxRetries with the last error', async () => {
    const fetch = fakeFetch(
      { status: 502, text: 'a' },
      { status: 503, text: 'b' },
      { status: 504, text: 'c' },
    );
    const { transport, waits } = transportWith(fetch, { maxRetries: 2 });
    await expect(transport.execute(ViewerDocument, {}, { retry: true })).rejects.toMatchObject({
      status: 504,
      code: 'SERVER_ERROR',
    });
    expect(waits).toHaveLength(2);
  });

  it('does not retry 4xx, GraphQL errors or mutations without an idempotency key', async () => {
    const badRequest = fakeFetch({ status: 400, json: { errors: [{ message: 'bad' }] } });
    await expect(
      transportWith(badRequest).transport.execute(ViewerDocument, {}, { retry: true }),
    ).rejects.toMatchObject({
      status: 400,
    });
    expect(badRequest.calls).toHaveLength(1);

    const graphqlErrors = fakeFetch({
      json: { data: null, errors: [{ message: 'Unexpected error.' }] },
    });
    await expect(
      transportWith(graphqlErrors).transport.execute(ViewerDocument, {}, { retry: true }),
    ).rejects.toBeInstanceOf(OpenPbGraphQLError);
    expect(graphqlErrors.calls).toHaveLength(1);

    const mutation = fakeFetch({ status: 503, text: 'busy' }, graphqlData({}));
    const client = createClient({ url: URL, token: TOKEN, fetch: mutation, maxRetries: 5 });
    await expect(client.people.create(CREATE_INPUT)).rejects.toMatchObject({ status: 503 });
    expect(mutation.calls).toHaveLength(1);
  });

  it('retries through createClient with the configured back-off', async () => {
    const fetch = fakeFetch({ status: 500, text: 'oops' }, graphqlData(VIEWER));
    const client = createClient({ url: URL, token: TOKEN, fetch, retryBaseDelayMs: 0 });
    await expect(client.viewer()).resolves.toEqual(VIEWER.viewer);
    expect(fetch.calls).toHaveLength(2);
  });

  it('retries a mutation whose input has an idempotency key, sending the same key', async () => {
    const payment = { __typename: 'MutationRecordDirectPaymentSuccess', payment: { id: 'p' } };
    const fetch = fakeFetch(
      { networkError: new TypeError('socket hang up') },
      { status: 503, text: 'busy' },
      { ...graphqlData({ recordDirectPayment: payment }), headers: { 'x-request-id': 'req-3' } },
    );
    const client = createClient({ url: URL, token: TOKEN, fetch, retryBaseDelayMs: 0 });
    const result = await client.directPayments.record({ paymentId: 'p', paidDate: '2026-04-06' });
    expect(result).toEqual({ ok: true, data: { payment: { id: 'p' } }, requestId: 'req-3' });
    const keys = fetch.calls.map(
      (call) =>
        (call.body?.variables as { input: { idempotencyKey: string } } | undefined)?.input
          .idempotencyKey,
    );
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });

  it("keeps the caller's idempotency key and makes a new one per call otherwise", async () => {
    const ok = graphqlData({
      recordDirectPayment: { __typename: 'MutationRecordDirectPaymentSuccess', payment: {} },
    });
    const fetch = fakeFetch(ok, ok, ok);
    const client = createClient({ url: URL, token: TOKEN, fetch });
    await client.directPayments.record({
      paymentId: 'p',
      paidDate: '2026-04-06',
      idempotencyKey: 'mine',
    });
    await client.directPayments.record({ paymentId: 'p', paidDate: '2026-04-06' });
    await client.directPayments.record({ paymentId: 'p', paidDate: '2026-04-06' });
    const keys = fetch.calls.map(
      (call) =>
        (call.body?.variables as { input: { idempotencyKey: string } } | undefined)?.input
          .idempotencyKey,
    );
    expect(keys[0]).toBe('mine');
    expect(keys[1]).not.toBe(keys[2]);
  });
});

describe('request ids', () => {
  it('puts the server request id on results, pages and errors', async () => {
    const withId = (reply: object, id: string) => ({ ...reply, headers: { 'x-request-id': id } });
    const fetch = fakeFetch(
      withId(graphqlData(peoplePage(0, 1, false)), 'req-page'),
      withId(
        graphqlData({
          createPerson: { __typename: 'ConflictError', code: 'DUPLICATE', message: 'x', path: [] },
        }),
        'req-conflict',
      ),
      withId({ status: 401, json: { errors: [{ message: 'no' }] } }, 'req-401'),
      withId({ json: { data: null, errors: [{ message: 'Unexpected error.' }] } }, 'req-500'),
    );
    const client = createClient({ url: URL, token: TOKEN, fetch });
    expect((await client.people.list()).requestId).toBe('req-page');
    expect(await client.people.create(CREATE_INPUT)).toMatchObject({
      ok: false,
      requestId: 'req-conflict',
    });
    await expect(client.viewer()).rejects.toMatchObject({ requestId: 'req-401' });
    await expect(client.viewer()).rejects.toMatchObject({ requestId: 'req-500' });
  });
});

describe('call options', () => {
  it('takes a timeout per call', async () => {
    const fetch = fakeFetch({ hang: true });
    const client = createClient({ url: URL, token: TOKEN, fetch, maxRetries: 0 });
    await expect(client.viewer({ timeoutMs: 5 })).rejects.toMatchObject({
      code: 'TIMEOUT',
    });
  });

  it('runs your own typed document and says whether it may retry', async () => {
    const fetch = fakeFetch(
      { status: 503, text: 'busy' },
      { ...graphqlData(VIEWER), headers: { 'x-request-id': 'r' } },
    );
    const client = createClient({ url: URL, token: TOKEN, fetch, retryBaseDelayMs: 0 });
    await expect(client.request(ViewerDocument, {})).resolves.toEqual({
      data: VIEWER,
      requestId: 'r',
    });
    const mutation = fakeFetch({ status: 503, text: 'busy' });
    const writer = createClient({ url: URL, token: TOKEN, fetch: mutation, retryBaseDelayMs: 0 });
    const document = Object.assign(new String('mutation Touch { touch }'), {}) as never;
    await expect(writer.request(document, {})).rejects.toMatchObject({ status: 503 });
    expect(mutation.calls).toHaveLength(1);
  });
});
