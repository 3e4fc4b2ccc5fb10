import type { GraphQLErrorItem } from './graphql-error-item.ts';
import { OpenPbError } from './openpb-error.ts';

export type OpenPbHttpErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'HTTP_ERROR'
  | 'INVALID_RESPONSE';

/** The code for a non-2xx HTTP status. */
export function httpErrorCode(status: number): OpenPbHttpErrorCode {
  if (status === 400) return 'BAD_REQUEST';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER_ERROR';
  return 'HTTP_ERROR';
}

/**
 * The server answered with an unexpected HTTP status or body. It holds the status and what the
 * body said, never the request or its headers (so never the bearer token).
 */
export class OpenPbHttpError extends OpenPbError {
  override readonly name: string = 'OpenPbHttpError';
  declare readonly code: OpenPbHttpErrorCode;
  readonly status: number;
  /** GraphQL errors from the body, e.g. `extensions.code === 'UNAUTHENTICATED'` on a 401. */
  readonly errors: readonly GraphQLErrorItem[];
  /** Seconds the server asked us to wait (`Retry-After`), if it did. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    message: string,
    options: {
      status: number;
      code?: OpenPbHttpErrorCode;
      errors?: readonly GraphQLErrorItem[];
      retryAfterSeconds?: number | undefined;
      requestId?: string | undefined;
      cause?: unknown;
    },
  ) {
    super(message, {
      code: options.code ?? httpErrorCode(options.status),
      cause: options.cause,
      requestId: options.requestId,
    });
    this.status = options.status;
    this.errors = options.errors ?? [];
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}
