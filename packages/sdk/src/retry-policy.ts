import { OpenPbHttpError } from './errors/openpb-http-error.ts';
import { OpenPbNetworkError } from './errors/openpb-network-error.ts';

export const DEFAULT_RETRY_BASE_DELAY_MS = 300;
const MAX_DELAY_MS = 8_000;
/** A server asking for a longer pause than this is not retried. */
const MAX_RETRY_AFTER_MS = 30_000;

/**
 * Whether a failed request may be sent again: network failures and timeouts (not the caller's own
 * abort), HTTP 429 and 5xx. The transport asks only for queries and for mutations that carry an
 * idempotency key (a repeat of those returns the first result).
 */
export function isRetryable(error: unknown): boolean {
  if (error instanceof OpenPbNetworkError) return error.code !== 'ABORTED';
  if (error instanceof OpenPbHttpError) {
    if (
      error.retryAfterSeconds !== undefined &&
      error.retryAfterSeconds * 1000 > MAX_RETRY_AFTER_MS
    ) {
      return false;
    }
    return error.status === 429 || error.status >= 500;
  }
  return false;
}

/**
 * Milliseconds to wait before retry number `attempt` (1 for the first retry): exponential
 * backoff with "full jitter" (a random wait up to the exponential ceiling, so that clients failing
 * together do not retry together), or the server's `Retry-After`.
 */
export function retryDelayMs(
  attempt: number,
  error: unknown,
  random: () => number = Math.random,
  baseDelayMs: number = DEFAULT_RETRY_BASE_DELAY_MS,
): number {
  if (error instanceof OpenPbHttpError && error.retryAfterSeconds !== undefined) {
    return Math.min(error.retryAfterSeconds * 1000, MAX_RETRY_AFTER_MS);
  }
  const ceiling = Math.min(MAX_DELAY_MS, baseDelayMs * 2 ** (attempt - 1));
  return Math.round(random() * ceiling);
}

/** `Retry-After` as seconds (delta-seconds or an HTTP date), or undefined. */
export function parseRetryAfter(
  value: string | null,
  now: () => number = Date.now,
): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now()) / 1000));
}
