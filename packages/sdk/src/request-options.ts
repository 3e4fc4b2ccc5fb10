/** Options of one call, kept apart from the call's data. */
export interface RequestOptions {
  /** Aborts the call (including waits between retries). */
  readonly signal?: AbortSignal;
}
