import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApiServer, type TestApiServer } from '../../src/testing/test-api-server.ts';
import { type RawExchange, type RawRequest, sendRaw } from './support/raw-http.ts';

/**
 * D16: no request ends the process. Each request below goes over a raw socket to the
 * real node:http server; afterwards a plain request must still be answered. The first five are
 * the requests that each ended the API on the day the issue was filed.
 */
let server: TestApiServer;
let port: number;

beforeAll(async () => {
  server = await startTestApiServer();
  port = Number(new URL(server.url).port);
});
afterAll(() => server?.stop());

const base64 = (text: string) => Buffer.from(text).toString('base64');

const head = (requestLine: string, headers: readonly string[] = [], body = '') =>
  `${requestLine}\r\nHost: 127.0.0.1\r\n${[...headers, 'Connection: close'].map((line) => `${line}\r\n`).join('')}\r\n${body}`;

const tokenRequest = (authorization: string) => {
  const body = 'grant_type=client_credentials';
  return head(
    'POST /oauth/token HTTP/1.1',
    [
      `Authorization: ${authorization}`,
      'Content-Type: application/x-www-form-urlencoded',
      `Content-Length: ${body.length}`,
    ],
    body,
  );
};

/** Content-Length 1000, the headers taken (100 Continue), 14 bytes sent, then reset or closed. */
const abandonedBody = (path: string, how: 'reset' | 'end'): RawRequest => ({
  head: head(`POST ${path} HTTP/1.1`, [
    'Content-Type: application/x-www-form-urlencoded',
    'Content-Length: 1000',
    'Expect: 100-continue',
  ]),
  thenAbandon: { body: 'grant_type=cli', how },
});

async function stillServing() {
  const response = await fetch(`${server.url}/health/live`);
  expect(response.status).toBe(200);
}

async function survives(request: RawRequest): Promise<RawExchange> {
  const exchange = await sendRaw(port, request);
  await stillServing();
  return exchange;
}

describe('the requests that ended the API (D16)', () => {
  it('GET // (curl --path-as-is http://host//) is answered, not fatal', async () => {
    const { status, headers } = await survives({ head: head('GET // HTTP/1.1') });
    expect(status).toBe(404);
    expect(headers['x-request-id']).toBeTruthy();
  });

  it('an absolute-form target that is no URL (GET http://[) is a 400', async () => {
    const { status } = await survives({ head: head('GET http://[ HTTP/1.1') });
    expect(status).toBe(400);
  });

  it('Basic credentials with a malformed percent-encoding in the id are refused, not fatal', async () => {
    const { status } = await survives({ head: tokenRequest(`Basic ${base64('%E0%A4%A:x')}`) });
    expect([400, 401]).toContain(status);
  });

  it('Basic credentials with a malformed percent-encoding in the secret are refused, not fatal', async () => {
    const { status } = await survives({ head: tokenRequest(`Basic ${base64('client:%')}`) });
    expect([400, 401]).toContain(status);
  });

  it('a /oauth/token body abandoned half-way (reset) is not fatal', async () => {
    await survives(abandonedBody('/oauth/token', 'reset'));
  });
});

const ROUTES = [
  '/graphql',
  '/oauth/token',
  '/exports/cld.csv',
  '/health/live',
  '/health/ready',
  '/healthz',
  '/dev/personas',
  '/dev/token',
] as const;

describe.each(ROUTES)('hostile requests to %s', (path) => {
  it('a body abandoned half-way, reset or half-closed, leaves the server serving', async () => {
    await survives(abandonedBody(path, 'reset'));
    const closed = await survives(abandonedBody(path, 'end'));
    if (path === '/oauth/token' || path === '/dev/token') expect(closed.status).toBe(400);
  });

  it('a body declared larger than the route takes is refused before it is read', async () => {
    const { status } = await survives({
      head: head(`POST ${path} HTTP/1.1`, [
        'Content-Type: application/json',
        'Content-Length: 10000000',
      ]),
    });
    expect(status).not.toBeNull();
    if (path === '/oauth/token' || path === '/dev/token') expect(status).toBe(413);
  });

  it('a body sent larger than its route takes, without Content-Length (chunked), is refused', async () => {
    const chunk = 'a'.repeat(8192);
    const chunked = `${chunk.length.toString(16)}\r\n${chunk}\r\n0\r\n\r\n`;
    const { status } = await survives({
      head: head(
        `POST ${path} HTTP/1.1`,
        ['Content-Type: application/x-www-form-urlencoded', 'Transfer-Encoding: chunked'],
        chunked,
      ),
    });
    expect(status).not.toBeNull();
    if (path === '/oauth/token' || path === '/dev/token') expect(status).toBe(413);
  });

  it('a GraphQL body over 1 MiB without Content-Length (chunked) is refused (D109)', async () => {
    if (path !== '/graphql') return;
    const query = JSON.stringify({ query: `{ __typename ${' '.repeat(300_000)}}` });
    const chunks = (body: string, count: number) =>
      `${Array.from({ length: count }, () => `${body.length.toString(16)}\r\n${body}\r\n`).join('')}0\r\n\r\n`;
    const chunkedPost = (body: string) =>
      head(
        `POST ${path} HTTP/1.1`,
        ['Content-Type: application/json', 'Transfer-Encoding: chunked'],
        body,
      );
    const large = await survives({ head: chunkedPost(chunks('a'.repeat(65_536), 17)) });
    expect(large.status).toBe(413);
    // one under the bound reaches GraphQL, which parses it and asks for a token
    const served = await survives({ head: chunkedPost(chunks(query, 1)) });
    expect(served.status).toBe(401);
    expect(served.received).toContain('UNAUTHENTICATED');
  });

  it.each([
    ['a malformed percent-encoding in the query', `${path}?from=%E0%A4%A&to=%&release=%ZZ`],
    ['a doubled slash', `/${path}`],
    ['a dot segment', `${path}/../${path}`],
    ['an absolute-form target', `http://127.0.0.1${path}`],
    ['an absolute-form target with a bad port', `http://127.0.0.1:99999${path}`],
    ['an encoded NUL', `${path}%00`],
  ])('%s is answered', async (_name, target) => {
    const { status, headers } = await survives({ head: head(`GET ${target} HTTP/1.1`) });
    expect(status).not.toBeNull();
    expect(headers['x-request-id']).toBeTruthy();
  });

  it.each([
    ['Basic of no base64', ['Authorization: Basic %%%']],
    [
      'Basic of bytes that are no UTF-8',
      [`Authorization: Basic ${Buffer.from([0xff, 0x3a, 0xfe]).toString('base64')}`],
    ],
    ['a Bearer token that is no JWT', ['Authorization: Bearer a.b.c']],
    [
      'a Bearer JWT of garbage',
      [`Authorization: Bearer ${base64('{"alg":"none"}')}.${base64('%')}.x`],
    ],
    ['an unknown charset', ['Content-Type: application/json; charset=x-bogus']],
    ['a request id too long to take', [`X-Request-Id: ${'r'.repeat(500)}`]],
  ])('%s is answered', async (_name, headers) => {
    const body = '{"query":"{ __typename }"}';
    const { status } = await survives({
      head: head(`POST ${path} HTTP/1.1`, [...headers, `Content-Length: ${body.length}`], body),
    });
    expect(status).not.toBeNull();
  });
});

describe('requests node:http cannot parse', () => {
  it.each([
    ['a request line of garbage', 'GARBAGE\r\n\r\n'],
    ['an unknown HTTP version', 'GET /graphql HTTP/9.9\r\nHost: x\r\n\r\n'],
    ['a header without a colon', 'GET /graphql HTTP/1.1\r\nHost x\r\n\r\n'],
    [
      'two Content-Lengths',
      'POST /oauth/token HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    ],
    [
      'a malformed chunk',
      'POST /oauth/token HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
    ],
    [
      'a control character in a header',
      'GET /health/live HTTP/1.1\r\nHost: x\r\nX-Request-Id: a\u0001b\r\n\r\n',
    ],
  ])('%s gets a 400 with a request id', async (_name, bytes) => {
    const { status, headers } = await survives({ head: bytes });
    expect(status).toBe(400);
    expect(headers['x-request-id']).toBeTruthy();
  });

  it('headers larger than node:http takes get a 431', async () => {
    const { status } = await survives({
      head: head('GET /graphql HTTP/1.1', [`X-Filler: ${'f'.repeat(20_000)}`]),
    });
    expect(status).toBe(431);
  });
});
