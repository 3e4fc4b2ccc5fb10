import { rejectUnknownKeys } from '../client-options.ts';
import { apiEndpoints } from '../endpoint.ts';
import { OpenPbHttpError } from '../errors/openpb-http-error.ts';
import { type FetchLike, globalFetch } from '../fetch-like.ts';
import { type HttpExchangeResponse, httpExchange } from '../http-exchange.ts';

/** A development identity the API offers at `GET /dev/personas`. */
export interface Persona {
  readonly key: string;
  readonly name: string;
  readonly title: string;
}

export interface DevelopmentEndpointOptions {
  /** The API base URL (or its `/graphql` endpoint). */
  readonly url: string;
  readonly fetch?: FetchLike;
  readonly signal?: AbortSignal;
  /** Default 10 000. */
  readonly timeoutMs?: number;
}

export interface SignInAsPersonaOptions extends DevelopmentEndpointOptions {
  /** A persona key from `listPersonas`, e.g. `social-worker`. */
  readonly persona: string;
}

const LIST_KEYS = new Set(['url', 'fetch', 'signal', 'timeoutMs']);
const SIGN_IN_KEYS = new Set([...LIST_KEYS, 'persona']);
const DEFAULT_TIMEOUT_MS = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonBody(response: HttpExchangeResponse, what: string): Record<string, unknown> {
  let body: unknown;
  try {
    body = JSON.parse(response.text);
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const reason =
      isRecord(body) && typeof body.error === 'string' ? body.error : response.text.slice(0, 200);
    throw new OpenPbHttpError(
      `${what} failed with HTTP ${response.status}: ${reason || 'no body'}`,
      {
        status: response.status,
      },
    );
  }
  if (!isRecord(body)) {
    throw new OpenPbHttpError(`${what}: the response is not JSON`, {
      status: response.status,
      code: 'INVALID_RESPONSE',
    });
  }
  return body;
}

function exchange(options: DevelopmentEndpointOptions, path: string, body?: unknown) {
  return httpExchange({
    fetch: options.fetch ?? globalFetch,
    url: `${apiEndpoints(options.url).base}${path}`,
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    signal: options.signal,
  });
}

/**
 * Development only: the personas a development API signs tokens for. Production APIs do not
 * serve this endpoint (HTTP 404, code NOT_FOUND).
 */
export async function listPersonas(options: DevelopmentEndpointOptions): Promise<Persona[]> {
  rejectUnknownKeys(options, LIST_KEYS, 'listPersonas');
  const body = jsonBody(await exchange(options, '/dev/personas'), 'Listing personas');
  if (!Array.isArray(body.personas)) {
    throw new OpenPbHttpError('Listing personas: no personas in the response', {
      status: 200,
      code: 'INVALID_RESPONSE',
    });
  }
  return body.personas.flatMap((entry): Persona[] =>
    isRecord(entry) &&
    typeof entry.key === 'string' &&
    typeof entry.name === 'string' &&
    typeof entry.title === 'string'
      ? [{ key: entry.key, name: entry.name, title: entry.title }]
      : [],
  );
}

/**
 * Development only: a bearer token for a persona, from a development API. Pass it to
 * `createClient({ url, token })`. An unknown persona is HTTP 400 (code BAD_REQUEST).
 */
export async function signInAsPersona(options: SignInAsPersonaOptions): Promise<string> {
  rejectUnknownKeys(options, SIGN_IN_KEYS, 'signInAsPersona');
  if (typeof options.persona !== 'string' || options.persona === '') {
    throw new TypeError('persona must be a non-empty string');
  }
  const body = jsonBody(
    await exchange(options, '/dev/token', { persona: options.persona }),
    'Signing in',
  );
  if (typeof body.token !== 'string' || body.token === '') {
    throw new OpenPbHttpError('Signing in: no token in the response', {
      status: 200,
      code: 'INVALID_RESPONSE',
    });
  }
  return body.token;
}
