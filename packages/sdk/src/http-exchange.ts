import { OpenPbNetworkError } from './errors/openpb-network-error.ts';
import type { FetchLike } from './fetch-like.ts';

export interface HttpExchangeRequest {
  readonly fetch: FetchLike;
  readonly url: string;
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly timeoutMs: number;
  readonly signal?: AbortSignal | undefined;
}

export interface HttpExchangeResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly text: string;
}

class TimeoutSignal {
  constructor(readonly timeoutMs: number) {}
}

function abortedByCaller(signal: AbortSignal): OpenPbNetworkError {
  return new OpenPbNetworkError('The request was aborted', {
    code: 'ABORTED',
    cause: signal.reason,
  });
}

/**
 * One HTTP request and its whole body, within `timeoutMs` and the caller's signal. Failures
 * without a response become `OpenPbNetworkError` (TIMEOUT, ABORTED or NETWORK_ERROR).
 */
export async function httpExchange(request: HttpExchangeRequest): Promise<HttpExchangeResponse> {
  const { signal } = request;
  if (signal?.aborted) throw abortedByCaller(signal);
  const controller = new AbortController();
  const onCallerAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onCallerAbort, { once: true });
  const timer = setTimeout(
    () => controller.abort(new TimeoutSignal(request.timeoutMs)),
    request.timeoutMs,
  );
  try {
    const response = await request.fetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      signal: controller.signal,
    });
    const text = await response.text();
    return { ok: response.ok, status: response.status, headers: response.headers, text };
  } catch (error) {
    if (signal?.aborted) throw abortedByCaller(signal);
    if (controller.signal.reason instanceof TimeoutSignal) {
      throw new OpenPbNetworkError(
        `No response within ${request.timeoutMs} ms from ${request.url}`,
        {
          code: 'TIMEOUT',
          cause: error,
        },
      );
    }
    const detail = error instanceof Error ? `: ${error.message}` : '';
    throw new OpenPbNetworkError(`Could not reach ${request.url}${detail}`, {
      code: 'NETWORK_ERROR',
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onCallerAbort);
  }
}

/** Resolves after `ms`, or rejects with ABORTED as soon as the caller's signal fires. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedByCaller(signal));
    const onAbort = () => {
      clearTimeout(timer);
      if (signal) reject(abortedByCaller(signal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
