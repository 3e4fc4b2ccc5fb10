/** Why an SDK call failed; stable strings to branch on (also when `instanceof` is unreliable). */
export type OpenPbErrorCode =
  /** The request never got an HTTP response (DNS, refused connection, reset, CORS…). */
  | 'NETWORK_ERROR'
  /** No complete response within `timeoutMs`. */
  | 'TIMEOUT'
  /** The caller's `AbortSignal` fired. */
  | 'ABORTED'
  | 'BAD_REQUEST'
  /** HTTP 401: the token is missing, expired or not accepted. */
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  /** HTTP 429. */
  | 'RATE_LIMITED'
  /** HTTP 5xx. */
  | 'SERVER_ERROR'
  /** Any other non-2xx status. */
  | 'HTTP_ERROR'
  /** A 2xx response whose body is not the expected JSON. */
  | 'INVALID_RESPONSE'
  /** The GraphQL response carries top-level `errors` (system failures, not business results). */
  | 'GRAPHQL_ERROR'
  /** `getToken()` threw or returned something other than a non-empty string. */
  | 'TOKEN_ERROR'
  /** The server reported another page without a new cursor. */
  | 'PAGINATION_ERROR';

export interface OpenPbErrorOptions {
  readonly code: OpenPbErrorCode;
  readonly cause?: unknown;
  readonly requestId?: string | undefined;
}

/**
 * Base class of every error the SDK throws. Business outcomes (a duplicate person, invalid input)
 * are never thrown: they are typed results of the mutation.
 */
export class OpenPbError extends Error {
  override readonly name: string = 'OpenPbError';
  readonly code: OpenPbErrorCode;
  /** The server's request id (`x-request-id`), when it sent one. */
  readonly requestId: string | undefined;

  constructor(message: string, options: OpenPbErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code;
    this.requestId = options.requestId;
  }
}
