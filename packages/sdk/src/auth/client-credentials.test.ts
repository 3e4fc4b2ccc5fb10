import { describe, expect, it } from 'vitest';
import { fakeFetch, graphqlData } from '../../test/support/fake-fetch.ts';
import { createClient } from '../create-client.ts';
import { OpenPbError } from '../errors/openpb-error.ts';
import { OpenPbHttpError } from '../errors/openpb-http-error.ts';
import {
  clientCredentialsTokenProvider,
  signInWithClientCredentials,
} from './client-credentials.ts';

const SECRET = 'very-secret-value-0123456789';
const issued = (token: string, expiresIn = 900) => ({
  json: { access_token: token, token_type: 'Bearer', expires_in: expiresIn },
});
const credentials = {
  url: 'http://api.test/graphql',
  clientId: 'northway-app',
  clientSecret: SECRET,
};

describe('signInWithClientCredentials', () => {
  it('posts the client-credentials form to /oauth/token and returns the token', async () => {
    const fetch = fakeFetch(issued('tok-1'));
    expect(await signInWithClientCredentials({ ...credentials, fetch })).toEqual({
      token: 'tok-1',
      expiresIn: 900,
    });
    const [call] = fetch.calls;
    expect(call?.url).toBe('http://api.test/oauth/token');
    expect(call?.init.method).toBe('POST');
    expect(call?.init.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(Object.fromEntries(new URLSearchParams(call?.init.body))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'northway-app',
      client_secret: SECRET,
    });
  });

  it('turns 401 into OpenPbHttpError UNAUTHENTICATED without the secret', async () => {
    const fetch = fakeFetch({ status: 401, json: { error: 'invalid_client' } });
    const error = await signInWithClientCredentials({ ...credentials, fetch }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(OpenPbHttpError);
    expect(error).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect((error as Error).message).toContain('invalid_client');
    expect(JSON.stringify(error)).not.toContain(SECRET);
    expect(String((error as Error).message) + String((error as Error).stack)).not.toContain(SECRET);
  });

  it('rejects a response without a token as INVALID_RESPONSE', async () => {
    const fetch = fakeFetch({ json: { token_type: 'Bearer' } });
    await expect(signInWithClientCredentials({ ...credentials, fetch })).rejects.toMatchObject({
      name: 'OpenPbHttpError',
      code: 'INVALID_RESPONSE',
    });
  });

  it('validates its options', async () => {
    await expect(signInWithClientCredentials({ ...credentials, clientSecret: '' })).rejects.toThrow(
      TypeError,
    );
    await expect(
      signInWithClientCredentials({ ...credentials, secret: 'x' } as never),
    ).rejects.toThrow(/Unknown signInWithClientCredentials option: secret/);
  });
});

describe('clientCredentialsTokenProvider', () => {
  it('caches the token and signs in again before it expires', async () => {
    let now = 1_000_000;
    const fetch = fakeFetch(issued('tok-1'), issued('tok-2'));
    const getToken = clientCredentialsTokenProvider({
      ...credentials,
      fetch,
      now: () => now,
      refreshBeforeSeconds: 60,
    });
    expect(await getToken()).toBe('tok-1');
    now += 800_000; // 800 s of 900: still outside the 60 s margin
    expect(await getToken()).toBe('tok-1');
    expect(fetch.calls).toHaveLength(1);
    now += 41_000; // 841 s: within the margin
    expect(await getToken()).toBe('tok-2');
    expect(fetch.calls).toHaveLength(2);
  });

  it('shares one sign-in between concurrent calls and does not cache a failure', async () => {
    const fetch = fakeFetch({ status: 401, json: { error: 'invalid_client' } }, issued('tok-1'));
    const getToken = clientCredentialsTokenProvider({ ...credentials, fetch });
    const results = await Promise.allSettled([getToken(), getToken()]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(fetch.calls).toHaveLength(1);
    expect(await getToken()).toBe('tok-1');
  });

  it('works as createClient getToken, sending the cached bearer token', async () => {
    const fetch = fakeFetch(
      issued('tok-1'),
      graphqlData({ viewer: { subject: 'client:northway-app', roles: [], council: null } }),
      graphqlData({ viewer: { subject: 'client:northway-app', roles: [], council: null } }),
    );
    const client = createClient({
      url: credentials.url,
      fetch,
      getToken: clientCredentialsTokenProvider({ ...credentials, fetch }),
    });
    await client.viewer();
    await client.viewer();
    expect(fetch.calls.map((call) => call.url)).toEqual([
      'http://api.test/oauth/token',
      'http://api.test/graphql',
      'http://api.test/graphql',
    ]);
    expect(fetch.calls[2]?.init.headers.authorization).toBe('Bearer tok-1');
  });

  it('surfaces a failed sign-in from a client as TOKEN_ERROR caused by the HTTP error', async () => {
    const fetch = fakeFetch({ status: 401, json: { error: 'invalid_client' } });
    const client = createClient({
      url: credentials.url,
      fetch,
      getToken: clientCredentialsTokenProvider({ ...credentials, fetch }),
    });
    const error = await client.viewer().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(OpenPbError);
    expect(error).toMatchObject({ code: 'TOKEN_ERROR' });
    expect((error as Error).cause).toBeInstanceOf(OpenPbHttpError);
  });
});
