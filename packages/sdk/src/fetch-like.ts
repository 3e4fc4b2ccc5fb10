/**
 * The part of `fetch` the SDK uses. The global `fetch` of browsers and Node satisfies it, and so
 * does any test double that answers these calls.
 */
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

export interface FetchInit {
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly signal?: AbortSignal;
}

export interface FetchResponse {
  readonly ok: boolean;
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** The global fetch, looked up at call time and called unbound (browsers require that). */
export const globalFetch: FetchLike = (url, init) => globalThis.fetch(url, init);
