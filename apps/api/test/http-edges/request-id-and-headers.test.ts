import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { drainServer } from '../../src/http/drain.ts';
import { createHttpServer } from '../../src/http-server.ts';
import type { Api } from '../../src/yoga.ts';

/**
 * The HTTP server's own guarantees, with a stand-in for GraphQL (yoga itself is tested elsewhere):
 * X-Request-Id in and out (D16b), security headers (D16a), a route failure
 * masked, and SIGTERM's drain finishing requests in flight (D16).
 */
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

async function serve(
  graphql: (request: IncomingMessage, response: ServerResponse) => unknown,
  options: { production?: boolean } = {},
): Promise<string> {
  server = createHttpServer({ api: graphql as unknown as Api, corsOrigins: [], ...options });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const ok = (_request: IncomingMessage, response: ServerResponse) => response.end('{}');

describe('X-Request-Id', () => {
  it('echoes a printable id of at most 128 characters', async () => {
    const url = await serve(ok);
    const response = await fetch(`${url}/graphql`, {
      headers: { 'x-request-id': 'broker-42.a_b' },
    });
    expect(response.headers.get('x-request-id')).toBe('broker-42.a_b');
  });

  it.each([
    ['too long', 'r'.repeat(129)],
    ['with a space', 'a b'],
  ])('replaces one %s with a new UUID', async (_name, id) => {
    const url = await serve(ok);
    const response = await fetch(`${url}/health/live`, { headers: { 'x-request-id': id } });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('is on a masked failure too, which says nothing of the error', async () => {
    const url = await serve(() =>
      Promise.reject(new Error('Key (nhs_number)=(9434765919) exists')),
    );
    const response = await fetch(`${url}/graphql`, { headers: { 'x-request-id': 'trace-me' } });
    expect(response.status).toBe(500);
    expect(response.headers.get('x-request-id')).toBe('trace-me');
    expect(await response.text()).not.toContain('9434765919');
  });
});

describe('security headers', () => {
  it('are on every response; HSTS only in production', async () => {
    const development = await serve(ok);
    const answer = await fetch(`${development}/graphql`);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('x-frame-options')).toBe('DENY');
    expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(answer.headers.get('strict-transport-security')).toBeNull();
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
    const production = await serve(ok, { production: true });
    const secure = await fetch(`${production}/health/live`);
    expect(secure.headers.get('strict-transport-security')).toContain('max-age=');
  });
});

describe('drain on SIGTERM', () => {
  it('finishes a request in flight, then closes', async () => {
    let finish: () => void = () => {};
    let started: () => void = () => {};
    const inFlight = new Promise<void>((resolve) => {
      started = resolve;
    });
    const url = await serve((_request, response) => {
      started();
      finish = () => response.end('{"done":true}');
    });
    const answer = fetch(`${url}/graphql`);
    await inFlight;
    const drained = drainServer(server as Server, 60_000);
    finish();
    expect(await (await answer).json()).toEqual({ done: true });
    await drained;
    expect(server?.listening).toBe(false);
  });
});
