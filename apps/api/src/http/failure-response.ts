import type { ServerResponse } from 'node:http';
import { isDatabaseUnavailable } from '@openpb/db/database-unavailable';
import { errorFields, logLine } from './log.ts';
import { sendJson } from './send-json.ts';

/** Seconds a client is asked to wait before retrying when the database is away. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * The answer to a request whose route failed: nothing of the failure is told to the caller. A
 * database that cannot be reached is a retryable 503 with Retry-After; anything else is a 500.
 * If the response had already started (a streamed export) the connection is cut, which is all a
 * client can still be told. Logs the failure's class and code with the request id, never its message.
 */
export function answerFailure(response: ServerResponse, error: unknown): void {
  const unavailable = isDatabaseUnavailable(error);
  logLine(unavailable ? 'warn' : 'error', unavailable ? 'database_unavailable' : 'route_failed', {
    ...errorFields(error),
  });
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (unavailable) {
    sendJson(
      response,
      503,
      { error: 'service_unavailable', message: 'The service is unavailable; retry shortly' },
      { 'retry-after': String(RETRY_AFTER_SECONDS) },
    );
  } else {
    sendJson(response, 500, { error: 'internal_error', message: 'Unexpected error' });
  }
}
