import { type ApiEndpoints, apiEndpoints } from './endpoint.ts';
import { type FetchLike, globalFetch } from './fetch-like.ts';
import { DEFAULT_RETRY_BASE_DELAY_MS } from './retry-policy.ts';

/** Supplies a bearer token per request, so that a refreshed token is picked up. */
export type TokenSource = () => string | Promise<string>;

interface CommonClientOptions {
  /** The API base URL (e.g. `http://127.0.0.1:4000`) or its `/graphql` endpoint. */
  readonly url: string;
  /** A fetch implementation; defaults to the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Per attempt, until the whole response has arrived. Default 30 000. */
  readonly timeoutMs?: number;
  /**
   * Extra attempts after a network error, timeout, HTTP 429 or 5xx, with exponential backoff and
   * full jitter (or the server's `Retry-After`), for queries and for mutations with an
   * idempotency key (the SDK makes one when you give none). Default 2.
   */
  readonly maxRetries?: number;
  /** The first retry waits up to this long, each next one twice as long (at most 8 s). Default 300. */
  readonly retryBaseDelayMs?: number;
}

/** Options of `createClient`: a `url` and exactly one of `token` and `getToken`. */
export type ClientOptions = CommonClientOptions &
  (
    | { readonly token: string; readonly getToken?: never }
    | { readonly getToken: TokenSource; readonly token?: never }
  );

export interface ResolvedClientOptions {
  readonly endpoints: ApiEndpoints;
  readonly getToken: TokenSource;
  readonly fetch: FetchLike;
  readonly timeoutMs: number;
  readonly maxRetries: number;
  readonly retryBaseDelayMs: number;
}

const KNOWN_KEYS = new Set([
  'url',
  'token',
  'getToken',
  'fetch',
  'timeoutMs',
  'maxRetries',
  'retryBaseDelayMs',
]);
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;
const MAX_RETRIES_LIMIT = 10;

/** Rejects unknown keys: a typo such as `tokne` must not silently mean "no token". */
export function rejectUnknownKeys(options: object, known: ReadonlySet<string>, what: string): void {
  const unknown = Object.keys(options).filter((key) => !known.has(key));
  if (unknown.length > 0) {
    throw new TypeError(
      `Unknown ${what} option${unknown.length > 1 ? 's' : ''}: ${unknown.join(', ')}. Known: ${[...known].join(', ')}`,
    );
  }
}

function nonNegativeInteger(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new TypeError(`${name} must be an integer from 0 to ${max}`);
  }
  return value;
}

export function resolveClientOptions(options: ClientOptions): ResolvedClientOptions {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('createClient needs an options object');
  }
  rejectUnknownKeys(options, KNOWN_KEYS, 'createClient');
  if (typeof options.url !== 'string') throw new TypeError('url is required');
  const { token, getToken } = options;
  if ((token === undefined) === (getToken === undefined)) {
    throw new TypeError('Give exactly one of token and getToken');
  }
  if (token !== undefined && (typeof token !== 'string' || token === '')) {
    throw new TypeError('token must be a non-empty string');
  }
  if (getToken !== undefined && typeof getToken !== 'function') {
    throw new TypeError('getToken must be a function');
  }
  if (options.fetch !== undefined && typeof options.fetch !== 'function') {
    throw new TypeError('fetch must be a function');
  }
  const timeoutMs = nonNegativeInteger(options.timeoutMs, 'timeoutMs', DEFAULT_TIMEOUT_MS, 600_000);
  if (timeoutMs === 0) throw new TypeError('timeoutMs must be at least 1');
  const fixedToken = token;
  return {
    endpoints: apiEndpoints(options.url),
    getToken: getToken ?? (() => fixedToken ?? ''),
    fetch: options.fetch ?? globalFetch,
    timeoutMs,
    maxRetries: nonNegativeInteger(
      options.maxRetries,
      'maxRetries',
      DEFAULT_MAX_RETRIES,
      MAX_RETRIES_LIMIT,
    ),
    retryBaseDelayMs: nonNegativeInteger(
      options.retryBaseDelayMs,
      'retryBaseDelayMs',
      DEFAULT_RETRY_BASE_DELAY_MS,
      60_000,
    ),
  };
}
