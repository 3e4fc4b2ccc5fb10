import { randomUUID } from 'node:crypto';

/** Longest X-Request-Id taken from a caller; longer ones are replaced. */
const MAX_LENGTH = 128;
/** Printable ASCII, no spaces (RFC 9110 token-like), so it is safe in a header and a log line. */
const PRINTABLE = /^[\x21-\x7e]+$/;

/**
 * The request's id: the caller's `X-Request-Id` when it is printable ASCII of at most 128
 * characters (so a client, a proxy or the SDK can trace its own id end to end), else a new UUID.
 */
export function requestIdOf(header: string | readonly string[] | null | undefined): string {
  const given = typeof header === 'string' ? header : undefined;
  return given && given.length <= MAX_LENGTH && PRINTABLE.test(given) ? given : randomUUID();
}
