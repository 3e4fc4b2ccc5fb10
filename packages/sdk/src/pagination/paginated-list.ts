import { OpenPbError } from '../errors/openpb-error.ts';
import type { Page } from './page.ts';

/** The largest `toArray` limit: lists beyond it should be iterated, not collected. */
export const MAX_TO_ARRAY_LIMIT = 10_000;

/**
 * A list request. `await` it for the first page; `for await` over it for every item across all
 * pages (fetched one page at a time, as needed); or collect up to a limit with `toArray`.
 */
export interface PaginatedList<T> extends PromiseLike<Page<T>>, AsyncIterable<T> {
  /** Every page in turn, starting with the first. */
  pages(): AsyncIterable<Page<T>>;
  /** At most `limit` items (1 to 10 000), fetching only the pages needed. */
  toArray(options: { readonly limit: number }): Promise<T[]>;
}

/** Fetches the page after `cursor` (`null`: the list's first page). */
export type PageFetcher<T> = (cursor: string | null) => Promise<Page<T>>;

class CursorPaginatedList<T> implements PaginatedList<T> {
  #firstPage: Promise<Page<T>> | undefined;

  constructor(
    private readonly fetchPage: PageFetcher<T>,
    private readonly startCursor: string | null,
  ) {}

  /** Requested once, on first use, and shared by `then` and every iteration. */
  private firstPage(): Promise<Page<T>> {
    this.#firstPage ??= this.fetchPage(this.startCursor);
    return this.#firstPage;
  }

  // biome-ignore lint/suspicious/noThenProperty: the list is deliberately awaitable (first page)
  then<R1 = Page<T>, R2 = never>(
    onFulfilled?: ((page: Page<T>) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.firstPage().then(onFulfilled, onRejected);
  }

  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    let page = await this.firstPage();
    yield page;
    while (page.pageInfo.hasNextPage) {
      const cursor = page.pageInfo.endCursor;
      if (cursor === null) {
        throw new OpenPbError('The server reported a next page without an end cursor', {
          code: 'PAGINATION_ERROR',
        });
      }
      page = await this.fetchPage(cursor);
      if (page.pageInfo.hasNextPage && page.pageInfo.endCursor === cursor) {
        throw new OpenPbError('The server returned the same cursor twice; stopping', {
          code: 'PAGINATION_ERROR',
        });
      }
      yield page;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<T, void, undefined> {
    for await (const page of this.pages()) yield* page.items;
  }

  async toArray(options: { readonly limit: number }): Promise<T[]> {
    const limit = options?.limit;
    if (
      typeof limit !== 'number' ||
      !Number.isInteger(limit) ||
      limit < 1 ||
      limit > MAX_TO_ARRAY_LIMIT
    ) {
      throw new TypeError(`toArray needs a limit: an integer from 1 to ${MAX_TO_ARRAY_LIMIT}`);
    }
    const items: T[] = [];
    for await (const page of this.pages()) {
      for (const item of page.items) {
        items.push(item);
        if (items.length === limit) return items;
      }
    }
    return items;
  }
}

export function createPaginatedList<T>(
  fetchPage: PageFetcher<T>,
  startCursor: string | null = null,
): PaginatedList<T> {
  return new CursorPaginatedList(fetchPage, startCursor);
}
