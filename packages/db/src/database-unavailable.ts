/**
 * Errors that mean "the database cannot be reached right now", not "this request is wrong":
 * the server is down, restarting or refusing connections, or a connection was cut. A request
 * failing so is retryable (HTTP 503 with Retry-After), and the pools recover by themselves.
 */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND']);
/**
 * PostgreSQL SQLSTATEs (Appendix A): class 08 connection exception, 57P01 admin_shutdown,
 * 57P02 crash_shutdown, 57P03 cannot_connect_now, 53300 too_many_connections.
 */
const SQLSTATE = /^(08...|57P0[123]|53300)$/;
/** Prisma's: can't reach, timed out, server closed the connection, no pooled connection in time. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
/** The Prisma driver adapter's kinds for the same (DriverAdapterError.cause.kind). */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);
/** node-postgres reports a cut connection or a connect timeout in its message only. */
const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection closed|Can't reach database server/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (depth > 6 || typeof error !== 'object' || error === null) return false;
  const { code, kind, message } = error as { code?: unknown; kind?: unknown; message?: unknown };
  if (typeof code === 'string' && (SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
  if (typeof code === 'string' && PRISMA_CODES.has(code)) return true;
  if (typeof kind === 'string' && ADAPTER_KINDS.has(kind)) return true;
  if (typeof message === 'string' && MESSAGES.test(message)) return true;
  const nested = error as {
    cause?: unknown;
    originalError?: unknown;
    meta?: { driverAdapterError?: unknown };
    errors?: unknown;
  };
  return (
    isDatabaseUnavailable(nested.cause, depth + 1) ||
    isDatabaseUnavailable(nested.originalError, depth + 1) ||
    isDatabaseUnavailable(nested.meta?.driverAdapterError, depth + 1) ||
    (Array.isArray(nested.errors) &&
      nested.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
  );
}
