/** Where a page ends and whether another follows (Relay `PageInfo`, forward only). */
export interface PageInfo {
  readonly hasNextPage: boolean;
  /** Pass as `after` to continue from this page. */
  readonly endCursor: string | null;
}

/** One page of a list. */
export interface Page<T> {
  readonly items: readonly T[];
  readonly pageInfo: PageInfo;
  /** The server's id for the request that fetched this page (`X-Request-Id`). */
  readonly requestId?: string | undefined;
}
