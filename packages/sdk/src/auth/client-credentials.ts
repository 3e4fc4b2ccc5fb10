import { rejectUnknownKeys, type TokenSource } from '../client-options.ts';
import { apiEndpoints } from '../endpoint.ts';
import { OpenPbHttpError } from '../errors/openpb-http-error.ts';
import { type FetchLike, globalFetch } from '../fetch-like.ts';
import { httpExchange } from '../http-exchange.ts';

/** A third-party app's credentials, as the council registered it. */
export interface ClientCredentialsOptions {
  /** The API base URL (or its `/graphql` endpoint). */
  readonly url: string;
  readonly clientId: string;
  /** Kept only in memory, sent only in the form body of `POST /oauth/token`. */
  readonly clientSecret: string;
  readonly fetch?: FetchLike;
  readonly signal?: AbortSignal;
  /** Default 10 000. */
  readonly timeoutMs?: number;
}

/** A bearer token for `createClient({ url, token })` and its lifetime in seconds. */
export interface ClientCredentialsToken {
  readonly token: string;
  readonly expiresIn: number;
}

export interface ClientCredentialsTokenProviderOptions
  extends Omit<ClientCredentialsOptions, 'signal'> {
  /** Sign in again this many seconds before the token expires. Default 60. */
  readonly refreshBeforeSeconds?: number;
  /** The clock, for tests. Default `Date.now`. */
  readonly now?: () => number;
}

const SIGN_IN_KEYS = new Set(['url', 'clientId', 'clientSecret', 'fetch', 'signal', 'timeoutMs']);
const PROVIDER_KEYS = new Set([...SIGN_IN_KEYS, 'refreshBeforeSeconds', 'now']);
PROVIDER_KEYS.delete('signal');
const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_REFRESH_BEFORE_SECONDS = 60;

function nonEmpty(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string' || value === '') {
    throw new TypeError(`${name} must be a non-empty string`);
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Client-credentials sign-in for a third-party app (broker, support planner, direct-payment
 * support service): exchanges the app's id and secret at `POST /oauth/token` for a short-lived
 * bearer token naming its council and organisation. Wrong credentials are an `OpenPbHttpError`
 * with status 401 (code UNAUTHENTICATED); the error never holds the secret.
 *
 * @example
 * const { token } = await signInWithClientCredentials({ url, clientId, clientSecret });
 * const client = createClient({ url, token });
 */
export async function signInWithClientCredentials(
  options: ClientCredentialsOptions,
): Promise<ClientCredentialsToken> {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('signInWithClientCredentials needs an options object');
  }
  rejectUnknownKeys(options, SIGN_IN_KEYS, 'signInWithClientCredentials');
  nonEmpty(options.clientId, 'clientId');
  nonEmpty(options.clientSecret, 'clientSecret');
  const response = await httpExchange({
    fetch: options.fetch ?? globalFetch,
    url: `${apiEndpoints(options.url).base}/oauth/token`,
    method: 'POST',
    headers: {
      accept: 'application/json',
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: options.clientId,
      client_secret: options.clientSecret,
    }).toString(),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    signal: options.signal,
  });
  const body = parseJson(response.text);
  const record = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (!response.ok) {
    // only the server's OAuth error code (e.g. invalid_client), never anything we sent
    const reason = typeof record.error === 'string' ? record.error.slice(0, 100) : 'no reason';
    throw new OpenPbHttpError(
      `Client-credentials sign-in failed with HTTP ${response.status}: ${reason}`,
      { status: response.status, requestId },
    );
  }
  const { access_token: token, expires_in: expiresIn } = record;
  if (
    typeof token !== 'string' ||
    token === '' ||
    typeof expiresIn !== 'number' ||
    !Number.isFinite(expiresIn) ||
    expiresIn <= 0
  ) {
    throw new OpenPbHttpError('Client-credentials sign-in: no token in the response', {
      status: response.status,
      code: 'INVALID_RESPONSE',
      requestId,
    });
  }
  return { token, expiresIn };
}

/**
 * A `getToken` for `createClient` that signs in with client credentials on first use, caches the
 * token, and signs in again shortly before it expires. Concurrent calls share one sign-in; a failed
 * sign-in is not cached.
 *
 * @example
 * const client = createClient({ url, getToken: clientCredentialsTokenProvider({ url, clientId, clientSecret }) });
 */
export function clientCredentialsTokenProvider(
  options: ClientCredentialsTokenProviderOptions,
): TokenSource {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('clientCredentialsTokenProvider needs an options object');
  }
  rejectUnknownKeys(options, PROVIDER_KEYS, 'clientCredentialsTokenProvider');
  nonEmpty(options.clientId, 'clientId');
  nonEmpty(options.clientSecret, 'clientSecret');
  apiEndpoints(options.url);
  const refreshBefore = options.refreshBeforeSeconds ?? DEFAULT_REFRESH_BEFORE_SECONDS;
  if (!Number.isFinite(refreshBefore) || refreshBefore < 0) {
    throw new TypeError('refreshBeforeSeconds must be a non-negative number');
  }
  const now = options.now ?? Date.now;
  const { refreshBeforeSeconds: _refresh, now: _now, ...signInOptions } = options;
  let cached: { token: string; refreshAt: number } | undefined;
  let pending: Promise<string> | undefined;

  return () => {
    if (cached && now() < cached.refreshAt) return cached.token;
    pending ??= signInWithClientCredentials(signInOptions)
      .then(({ token, expiresIn }) => {
        // a token shorter-lived than the margin is used for half its life
        const margin = Math.min(refreshBefore, expiresIn / 2);
        cached = { token, refreshAt: now() + (expiresIn - margin) * 1000 };
        return token;
      })
      .finally(() => {
        pending = undefined;
      });
    return pending;
  };
}
