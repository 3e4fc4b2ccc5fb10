import type { FetchInit, FetchLike, FetchResponse } from '../../src/fetch-like.ts';

export interface RecordedCall {
  readonly url: string;
  readonly init: FetchInit;
  /** The parsed JSON body, if any. */
  readonly body: Record<string, unknown> | undefined;
}

export type FakeReply =
  | {
      readonly status?: number;
      readonly json?: unknown;
      readonly text?: string;
      readonly headers?: Record<string, string>;
    }
  | { readonly networkError: Error }
  /** Never answers until the request's signal aborts. */
  | { readonly hang: true };

/** The JSON body of a request; undefined for no body or a form body. */
function jsonBodyOf(body: string | undefined): Record<string, unknown> | undefined {
  if (!body) return undefined;
  try {
    return JSON.parse(body) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

/** A fetch double that answers from a queue of replies and records every call. */
export function fakeFetch(...replies: FakeReply[]): FetchLike & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const queue = [...replies];
  const fetch = async (url: string, init: FetchInit): Promise<FetchResponse> => {
    calls.push({ url, init, body: jsonBodyOf(init.body) });
    const reply = queue.shift();
    if (!reply) throw new Error(`fakeFetch: no reply queued for call ${calls.length}`);
    if ('networkError' in reply) throw reply.networkError;
    if ('hang' in reply) {
      return new Promise((_resolve, reject) => {
        init.signal?.addEventListener('abort', () =>
          reject(init.signal?.reason ?? new Error('aborted')),
        );
      });
    }
    const status = reply.status ?? 200;
    const text = reply.text ?? JSON.stringify(reply.json ?? null);
    const headers = new Headers(reply.headers ?? { 'content-type': 'application/json' });
    return { ok: status >= 200 && status < 300, status, headers, text: async () => text };
  };
  return Object.assign(fetch, { calls });
}

/** A GraphQL success body. */
export const graphqlData = (data: unknown) => ({ json: { data } });
