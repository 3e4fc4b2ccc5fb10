import { describe, expect, it } from 'vitest';
import { OpenPbHttpError } from './errors/openpb-http-error.ts';
import { OpenPbNetworkError } from './errors/openpb-network-error.ts';
import { isRetryable, parseRetryAfter, retryDelayMs } from './retry-policy.ts';

describe('retry policy', () => {
  it('retries network errors, timeouts, 429 and 5xx; not aborts, 4xx or other errors', () => {
    expect(isRetryable(new OpenPbNetworkError('x', { code: 'NETWORK_ERROR' }))).toBe(true);
    expect(isRetryable(new OpenPbNetworkError('x', { code: 'TIMEOUT' }))).toBe(true);
    expect(isRetryable(new OpenPbNetworkError('x', { code: 'ABORTED' }))).toBe(false);
    for (const status of [429, 500, 502, 503, 504]) {
      expect(isRetryable(new OpenPbHttpError('x', { status }))).toBe(true);
    }
    for (const status of [400, 401, 403, 404, 409]) {
      expect(isRetryable(new OpenPbHttpError('x', { status }))).toBe(false);
    }
    expect(isRetryable(new Error('x'))).toBe(false);
  });

  it('does not retry when the server asks for a long pause', () => {
    expect(isRetryable(new OpenPbHttpError('x', { status: 503, retryAfterSeconds: 3600 }))).toBe(
      false,
    );
  });

  it('backs off exponentially with full jitter, capped', () => {
    const error = new OpenPbNetworkError('x', { code: 'NETWORK_ERROR' });
    expect(retryDelayMs(1, error, () => 0)).toBe(0);
    expect(retryDelayMs(1, error, () => 1)).toBe(300);
    expect(retryDelayMs(2, error, () => 1)).toBe(600);
    expect(retryDelayMs(3, error, () => 0.5)).toBe(600);
    expect(retryDelayMs(20, error, () => 1)).toBe(8_000);
    expect(retryDelayMs(2, error, () => 1, 50)).toBe(100);
    const delays = Array.from({ length: 200 }, () => retryDelayMs(4, error));
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(2_400);
  });

  it('obeys Retry-After', () => {
    expect(retryDelayMs(1, new OpenPbHttpError('x', { status: 429, retryAfterSeconds: 2 }))).toBe(
      2_000,
    );
    expect(parseRetryAfter('7')).toBe(7);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
    const now = Date.parse('2026-11-23T12:00:00Z');
    expect(parseRetryAfter('Mon, 23 Nov 2026 12:00:05 GMT', () => now)).toBe(5);
  });
});
