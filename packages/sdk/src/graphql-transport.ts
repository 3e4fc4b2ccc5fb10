import type { ResolvedClientOptions } from './client-options.ts';
import { graphQLErrorItems } from './errors/graphql-error-item.ts';
import { OpenPbError } from './errors/openpb-error.ts';
import { OpenPbGraphQLError } from './errors/openpb-graphql-error.ts';
import { OpenPbHttpError } from './errors/openpb-http-error.ts';
import { type HttpExchangeResponse, httpExchange, sleep as realSleep } from './http-exchange.ts';
import type { RequestOptions } from './request-options.ts';
import { isRetryable, parseRetryAfter, retryDelayMs } from './retry-policy.ts';
import type { DocumentTypeDecoration } from './typed-document.ts';

/** A generated document: its text plus the types of its result and variables. */
export type GraphQLDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
  /** Set by codegen's persisted documents: `{ hash: 'sha256:…' }`, the key in the manifest. */
  readonly __meta__?: Record<string, unknown> | undefined;
};

/** A response's data and the server's id for the request (`X-Request-Id`), to quote in support. */
export interface GraphQLResponse<TResult> {
  readonly data: TResult;
  readonly requestId: string | undefined;
}

export interface ExecuteOptions extends RequestOptions {
  /**
   * Whether transient failures may be sent again (up to `maxRetries`): queries, and mutations that
   * carry an idempotency key, so that the server answers a repeat with the first result.
   */
  readonly retry: boolean;
}

/** A text body of another route of the API (a CSV export), with what its headers said. */
export interface TextResponse {
  readonly text: string;
  readonly headers: { get(name: string): string | null };
  readonly requestId: string | undefined;
}

/** The client's connection to the API: one token, timeout and retry policy for every request. */
export interface GraphQLTransport {
  execute<TResult, TVariables>(
    document: GraphQLDocument<TResult, TVariables>,
    variables: TVariables,
    options: ExecuteOptions,
  ): Promise<GraphQLResponse<TResult>>;
  /**
   * `GET <base><path>?<query>` with the same bearer token, timeout, retries and errors as
   * `execute`; a non-2xx status is an `OpenPbHttpError` whose message is the API's own.
   */
  getText(path: string, query: URLSearchParams, options: ExecuteOptions): Promise<TextResponse>;
}

/** Seams for unit tests. */
export interface TransportDependencies {
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random: () => number;
}

const OPERATION_NAME = /\b(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function requestIdOf(response: HttpExchangeResponse): string | undefined {
  return response.headers.get('x-request-id') ?? undefined;
}

function httpError(response: HttpExchangeResponse, body: unknown): OpenPbHttpError {
  const errors = isRecord(body) ? graphQLErrorItems(body.errors) : [];
  // GraphQL errors, or the `{ "error": … }` of the API's other routes (the CSV exports)
  const problem = isRecord(body) && typeof body.error === 'string' ? body.error : undefined;
  const detail = errors[0]?.message ?? problem ?? (response.text.slice(0, 200) || 'no body');
  return new OpenPbHttpError(`HTTP ${response.status}: ${detail}`, {
    status: response.status,
    errors,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
    requestId: requestIdOf(response),
  });
}

/** Turns one HTTP response into the operation's data, or throws the matching error. */
function dataOf<TResult>(
  response: HttpExchangeResponse,
  operationName: string | undefined,
): GraphQLResponse<TResult> {
  const body = parseJson(response.text);
  if (!response.ok) throw httpError(response, body);
  if (!isRecord(body)) {
    throw new OpenPbHttpError(`HTTP ${response.status}: the body is not a GraphQL JSON response`, {
      status: response.status,
      code: 'INVALID_RESPONSE',
      requestId: requestIdOf(response),
    });
  }
  const errors = graphQLErrorItems(body.errors);
  const data = isRecord(body.data) ? body.data : null;
  if (errors.length > 0 || data === null) {
    throw new OpenPbGraphQLError({ errors, data, operationName, requestId: requestIdOf(response) });
  }
  return { data: data as TResult, requestId: requestIdOf(response) };
}

export function createGraphQLTransport(
  options: ResolvedClientOptions,
  dependencies: TransportDependencies = { sleep: realSleep, random: Math.random },
): GraphQLTransport {
  async function bearerToken(): Promise<string> {
    let token: unknown;
    try {
      token = await options.getToken();
    } catch (error) {
      throw new OpenPbError('getToken() failed', { code: 'TOKEN_ERROR', cause: error });
    }
    if (typeof token !== 'string' || token === '') {
      throw new OpenPbError('getToken() must return a non-empty string', { code: 'TOKEN_ERROR' });
    }
    return token;
  }

  /** Sends `send` once, or again after a retryable failure while `retry` allows. */
  async function withRetries<T>(
    send: () => Promise<T>,
    requestOptions: ExecuteOptions,
  ): Promise<T> {
    const retries = requestOptions.retry ? options.maxRetries : 0;
    for (let retry = 0; ; retry++) {
      try {
        return await send();
      } catch (error) {
        if (retry >= retries || !isRetryable(error)) throw error;
        const delay = retryDelayMs(retry + 1, error, dependencies.random, options.retryBaseDelayMs);
        await dependencies.sleep(delay, requestOptions.signal);
      }
    }
  }

  /** One authorised request to the API, within the call's timeout and signal. */
  async function exchange(
    request: { url: string; method: 'GET' | 'POST'; accept: string; body?: string },
    requestOptions: RequestOptions,
  ): Promise<HttpExchangeResponse> {
    return httpExchange({
      fetch: options.fetch,
      url: request.url,
      method: request.method,
      headers: {
        accept: request.accept,
        ...(request.body === undefined ? {} : { 'content-type': 'application/json' }),
        authorization: `Bearer ${await bearerToken()}`,
      },
      ...(request.body === undefined ? {} : { body: request.body }),
      timeoutMs: requestOptions.timeoutMs ?? options.timeoutMs,
      signal: requestOptions.signal,
    });
  }

  async function attempt<TResult>(
    body: string,
    operationName: string | undefined,
    requestOptions: RequestOptions,
  ): Promise<GraphQLResponse<TResult>> {
    const response = await exchange(
      {
        url: options.endpoints.graphql,
        method: 'POST',
        accept: 'application/graphql-response+json, application/json;q=0.9',
        body,
      },
      requestOptions,
    );
    return dataOf<TResult>(response, operationName);
  }

  async function execute<TResult, TVariables>(
    document: GraphQLDocument<TResult, TVariables>,
    variables: TVariables,
    requestOptions: ExecuteOptions,
  ): Promise<GraphQLResponse<TResult>> {
    const query = document.toString();
    const operationName = OPERATION_NAME.exec(query)?.[1];
    // the document's hash lets a server in trusted-documents mode accept only the SDK's operations
    const hash = document.__meta__?.hash;
    const body = JSON.stringify({
      query,
      variables,
      ...(operationName ? { operationName } : {}),
      ...(typeof hash === 'string'
        ? { extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }
        : {}),
    });
    return withRetries(() => attempt<TResult>(body, operationName, requestOptions), requestOptions);
  }

  async function getText(
    path: string,
    query: URLSearchParams,
    requestOptions: ExecuteOptions,
  ): Promise<TextResponse> {
    const search = query.toString();
    const url = `${options.endpoints.base}${path}${search === '' ? '' : `?${search}`}`;
    return withRetries(async () => {
      const response = await exchange(
        { url, method: 'GET', accept: 'text/csv, application/json;q=0.9' },
        requestOptions,
      );
      if (!response.ok) throw httpError(response, parseJson(response.text));
      return { text: response.text, headers: response.headers, requestId: requestIdOf(response) };
    }, requestOptions);
  }

  return { execute, getText };
}
