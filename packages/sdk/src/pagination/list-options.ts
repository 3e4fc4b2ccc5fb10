import type { RequestOptions } from '../request-options.ts';

export const DEFAULT_PAGE_SIZE = 25;
/** The API's maximum `first`. */
export const MAX_PAGE_SIZE = 100;

/** Options of a list method: how it pages, and the options of each page's request. */
export interface ListOptions extends RequestOptions {
  /** Items per request, 1 to 100. Default 25. */
  readonly pageSize?: number;
  /** Start after this cursor (a page's `pageInfo.endCursor`) instead of at the beginning. */
  readonly after?: string | null;
}

export function pageSizeOf(options: ListOptions | undefined): number {
  const size = options?.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new TypeError(`pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** The call options of one page's request (the signal and timeout), without the paging ones. */
export function pageRequestOptions(options: ListOptions | undefined): RequestOptions {
  return {
    ...(options?.signal ? { signal: options.signal } : {}),
    ...(options?.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  };
}
