import { rotateApiClientSecret } from '@openpb/db/api-clients/api-client-secrets';
import { verifyClientSecret } from '@openpb/db/api-clients/client-secret';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createClientCredentialsExchange } from '../../src/auth/client-credentials-exchange.ts';
import { parseClientCredentialsRequest } from '../../src/auth/client-credentials-request.ts';
import { createClientTokenIssuer } from '../../src/auth/client-token-issuer.ts';
import { createSignInLimiter } from '../../src/auth/sign-in-limiter.ts';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';

const SECRET = 'right-secret-0123456789abcdef';
const FORM = 'application/x-www-form-urlencoded';
const basic = (raw: string) => `Basic ${Buffer.from(raw, 'utf8').toString('base64')}`;
const grant = 'grant_type=client_credentials';

describe('parsing a token request (RFC 6749 §2.3.1)', () => {
  const parse = (authorization: string | undefined, body = grant, contentType = FORM) =>
    parseClientCredentialsRequest({ authorization, contentType, body });

  it('splits Basic credentials on the first colon only, and form-decodes both parts', () => {
    expect(parse(basic(`app:${SECRET}:anything`))).toEqual({
      ok: true,
      clientId: 'app',
      clientSecret: `${SECRET}:anything`,
    });
    expect(parse(basic('my%20app:a%3Ab+c'))).toEqual({
      ok: true,
      clientId: 'my app',
      clientSecret: 'a:b c',
    });
  });

  it.each([
    ['malformed percent-encoding', basic('%E0%A4%A:x')],
    ['a lone percent sign', basic('client:%')],
    ['no colon', basic('client')],
    ['no secret', basic('client:')],
    ['not base64', 'Basic ***'],
    ['another scheme', 'Bearer abc'],
  ])('refuses %s as invalid_client (401), never throwing', (_, authorization) => {
    expect(parse(authorization)).toMatchObject({ ok: false, error: 'invalid_client', status: 401 });
  });

  it('refuses credentials in both the header and the body, repeated parameters, other grants and media types', () => {
    expect(parse(basic(`app:${SECRET}`), `${grant}&client_id=app`)).toMatchObject({
      error: 'invalid_request',
    });
    expect(parse(undefined, `${grant}&client_id=a&client_id=b&client_secret=s`)).toMatchObject({
      error: 'invalid_request',
    });
    expect(parse(undefined, 'grant_type=password&client_id=a&client_secret=s')).toMatchObject({
      error: 'unsupported_grant_type',
      status: 400,
    });
    expect(parse(basic(`app:${SECRET}`), grant, 'application/json')).toMatchObject({
      error: 'invalid_request',
    });
    expect(parse(undefined, `${grant}&client_id=%E0%A4%A&client_secret=x`)).toMatchObject({
      error: 'invalid_request',
    });
  });
});

let t: TestApi;
let councilId: string;
let clock = Date.parse('2026-01-05T09:00:00Z');

beforeAll(async () => {
  t = await startTestApi({ identityClock: () => clock });
  ({ councilId } = await createCouncilWithStaff(t.db));
  await registerThirdPartyApp(t, {
    councilId,
    clientId: 'known-app',
    secret: SECRET,
    organisation: { type: 'BROKERAGE', name: 'Known Brokerage' },
  });
});
afterAll(() => t.close());
beforeEach(async () => {
  await t.db.signInThrottle.deleteMany();
  clock += 24 * 3_600_000;
});

/** A token request to the exchange, from `address`, with form-body credentials. */
const signIn = (clientId: string, secret: string, address = '192.0.2.10') =>
  t.tokenExchange({
    contentType: FORM,
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: secret,
    }).toString(),
    address,
  });

describe('POST /oauth/token against guessing', () => {
  it('issues a token for the right secret and refuses the secret followed by :anything in Basic', async () => {
    const good = await t.tokenExchange({
      authorization: basic(`known-app:${SECRET}`),
      contentType: FORM,
      body: grant,
      address: '192.0.2.1',
    });
    expect(good.status).toBe(200);
    const extended = await t.tokenExchange({
      authorization: basic(`known-app:${SECRET}:anything`),
      contentType: FORM,
      body: grant,
      address: '192.0.2.1',
    });
    expect(extended).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });

  it('answers 200 concurrent wrong secrets for one client with at most 6 checks and 429 + Retry-After for the rest', async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => signIn('known-app', `guess-${i}`, `198.51.100.${i}`)),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(6);
    expect(statuses.filter((status) => status === 429)).toHaveLength(194);
    const limited = answers.find((answer) => answer.status === 429);
    expect(Number(limited?.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // even the right secret waits out the back-off
    expect((await signIn('known-app', SECRET)).status).toBe(429);
  });

  it('backs off exponentially: 1 s, 2 s, 4 s … after 5 tries, and a success starts the count again', async () => {
    const waits: number[] = [];
    for (let i = 0; i < 5; i += 1) expect((await signIn('known-app', 'wrong')).status).toBe(401);
    for (let round = 0; round < 4; round += 1) {
      expect((await signIn('known-app', 'wrong')).status).toBe(401);
      const refused = await signIn('known-app', 'wrong');
      expect(refused.status).toBe(429);
      const wait = Number(refused.headers['retry-after']);
      waits.push(wait);
      clock += wait * 1000;
    }
    expect(waits).toEqual([1, 2, 4, 8]);
    expect((await signIn('known-app', SECRET)).status).toBe(200);
    for (let i = 0; i < 5; i += 1) expect((await signIn('known-app', 'wrong')).status).toBe(401);
  });

  it('limits one address across many client ids (20 tries)', async () => {
    const answers = [];
    for (let i = 0; i < 22; i += 1) answers.push((await signIn(`spray-${i}`, 'x')).status);
    expect(answers.slice(0, 21).every((status) => status === 401)).toBe(true);
    expect(answers[21]).toBe(429);
    // another address is not held back
    expect((await signIn('spray-0', 'x', '203.0.113.9')).status).toBe(401);
  });

  it('does the same scrypt work for an unknown client id as for a known one with a wrong secret', async () => {
    const calls: string[] = [];
    const counting = await createClientTokenIssuer(t.databases.outsideTenancy.db, 'openpb-api', {
      verifySecret: (secret, hash) => {
        calls.push(secret);
        return verifyClientSecret(secret, hash);
      },
    });
    const work = async (clientId: string, secret: string) => {
      calls.length = 0;
      const result = await counting.exchange(clientId, secret);
      return { ok: result.ok, scrypt: calls.length };
    };
    expect(await work('no-such-app', 'guess')).toEqual({ ok: false, scrypt: 2 });
    expect(await work('known-app', 'guess')).toEqual({ ok: false, scrypt: 2 });
    expect(await work('known-app', SECRET)).toEqual({ ok: true, scrypt: 2 });
  });

  it('audits every refusal as a DENIAL naming the client id and the reason, never the secret', async () => {
    const before = await t.db.auditLogEntry.count();
    await signIn('no-such-app', 'secret-for-unknown-7f3a');
    await signIn('known-app', 'secret-wrong-9c1e');
    await t.tokenExchange({ contentType: FORM, body: 'grant_type=password', address: '192.0.2.5' });
    expect((await t.db.auditLogEntry.count()) - before).toBe(3);
    const rows = await t.db.auditLogEntry.findMany({
      where: { operation: 'POST /oauth/token' },
      orderBy: { id: 'asc' },
    });
    const latest = rows.slice(-3);
    expect(latest.map((row) => [row.kind, row.actorSubject, row.outcome, row.councilId])).toEqual([
      ['DENIAL', 'client:no-such-app', 'UNKNOWN_CLIENT', null],
      ['DENIAL', 'client:known-app', 'WRONG_SECRET', councilId],
      ['DENIAL', 'anonymous', 'UNSUPPORTED_GRANT_TYPE', null],
    ]);
    expect(JSON.stringify(rows, (_, value) => (typeof value === 'bigint' ? 0 : value))).not.toMatch(
      /secret-for-unknown|secret-wrong/,
    );
  });
});

describe('rotation and revocation', () => {
  it('accepts the old and the new secret during the grace period, then only the new one', async () => {
    await registerThirdPartyApp(t, {
      councilId,
      clientId: 'rotating-app',
      secret: SECRET,
      organisation: { type: 'BROKERAGE', name: 'Rotating Brokerage' },
    });
    const client = await t.db.apiClient.findUniqueOrThrow({ where: { clientId: 'rotating-app' } });
    let now = Date.parse('2026-02-01T10:00:00Z');
    const issuer = await createClientTokenIssuer(t.databases.outsideTenancy.db, 'openpb-api', {
      now: () => now,
    });
    const rotated = await rotateApiClientSecret(t.db, {
      apiClientId: client.id,
      now: new Date(now),
      graceSeconds: 3_600,
    });
    if (!rotated) throw new Error('not rotated');
    expect((await issuer.exchange('rotating-app', SECRET)).ok).toBe(true);
    expect((await issuer.exchange('rotating-app', rotated.secret)).ok).toBe(true);
    now += 3_600_000;
    expect(await issuer.exchange('rotating-app', SECRET)).toMatchObject({
      ok: false,
      reason: 'WRONG_SECRET',
    });
    expect((await issuer.exchange('rotating-app', rotated.secret)).ok).toBe(true);
  });

  it('refuses every secret of a revoked client', async () => {
    await t.db.apiClient.update({
      where: { clientId: 'known-app' },
      data: { revokedAt: new Date() },
    });
    const exchange = createClientCredentialsExchange({
      issuer: t.clientTokens,
      limiter: createSignInLimiter({ pool: t.databases.outsideTenancy.pool, now: () => clock }),
      databases: t.databases,
    });
    const answer = await exchange({
      contentType: FORM,
      body: `${grant}&client_id=known-app&client_secret=${SECRET}`,
      address: '192.0.2.77',
    });
    expect(answer).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(await t.db.auditLogEntry.count({ where: { outcome: 'REVOKED' } })).toBe(1);
  });
});
