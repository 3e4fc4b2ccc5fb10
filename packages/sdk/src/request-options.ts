/** Options of one call, kept apart from the call's data. */
export interface RequestOptions {
  /** Aborts the call (including waits between retries). */
  readonly signal?: AbortSignal;
  /** Per attempt, until the whole response has arrived; default the client's `timeoutMs`. */
  readonly timeoutMs?: number;
}
