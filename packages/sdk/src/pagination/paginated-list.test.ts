import { describe, expect, it, vi } from 'vitest';
import { OpenPbError } from '../errors/openpb-error.ts';
import type { Page } from './page.ts';
import { createPaginatedList } from './paginated-list.ts';

/** Pages of numbers: `pages[i]` is the content of page i; cursors are page indexes. */
function numberPages(pages: number[][]) {
  const fetchPage = vi.fn(async (cursor: string | null): Promise<Page<number>> => {
    const index = cursor === null ? 0 : Number(cursor) + 1;
    const items = pages[index] ?? [];
    const hasNextPage = index < pages.length - 1;
    return { items, pageInfo: { hasNextPage, endCursor: String(index) } };
  });
  return { fetchPage, list: createPaginatedList(fetchPage) };
}

describe('PaginatedList', () => {
  it('is awaitable for the first page only', async () => {
    const { fetchPage, list } = numberPages([[1, 2], [3, 4], [5]]);
    const page = await list;
    expect(page).toEqual({ items: [1, 2], pageInfo: { hasNextPage: true, endCursor: '0' } });
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('does nothing until it is awaited or iterated', () => {
    const { fetchPage } = numberPages([[1]]);
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('iterates every item across pages, in order, reusing the awaited first page', async () => {
    const { fetchPage, list } = numberPages([[1, 2], [3, 4], [5]]);
    await list;
    const seen: number[] = [];
    for await (const item of list) seen.push(item);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([null, '0', '1']);
  });

  it('fetches only the pages an early break needs', async () => {
    const { fetchPage, list } = numberPages([[1, 2], [3, 4], [5]]);
    for await (const item of list) if (item === 3) break;
    expect(fetchPage).toHaveBeenCalledTimes(2);
  });

  it('yields pages', async () => {
    const { list } = numberPages([[1], [2], []]);
    const pages: (readonly number[])[] = [];
    for await (const page of list.pages()) pages.push(page.items);
    expect(pages).toEqual([[1], [2], []]);
  });

  it('collects up to a mandatory limit', async () => {
    const { fetchPage, list } = numberPages([[1, 2], [3, 4], [5]]);
    expect(await list.toArray({ limit: 3 })).toEqual([1, 2, 3]);
    expect(fetchPage).toHaveBeenCalledTimes(2);
    expect(await numberPages([[1, 2], [3]]).list.toArray({ limit: 100 })).toEqual([1, 2, 3]);
  });

  it('refuses toArray without a sensible limit', async () => {
    const { list, fetchPage } = numberPages([[1]]);
    // @ts-expect-error the limit is mandatory
    await expect(list.toArray()).rejects.toThrow(TypeError);
    // @ts-expect-error the limit is mandatory
    await expect(list.toArray({})).rejects.toThrow(/limit/);
    await expect(list.toArray({ limit: 0 })).rejects.toThrow(TypeError);
    await expect(list.toArray({ limit: 1.5 })).rejects.toThrow(TypeError);
    await expect(list.toArray({ limit: 10_001 })).rejects.toThrow(TypeError);
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('starts after a given cursor', async () => {
    const fetchPage = vi.fn(async () => ({
      items: [9],
      pageInfo: { hasNextPage: false, endCursor: 'z' },
    }));
    await createPaginatedList(fetchPage, 'abc');
    expect(fetchPage).toHaveBeenCalledWith('abc');
  });

  it('stops with PAGINATION_ERROR when the server repeats a cursor or omits it', async () => {
    const stuck = createPaginatedList(async () => ({
      items: [1],
      pageInfo: { hasNextPage: true, endCursor: 'same' },
    }));
    await expect(stuck.toArray({ limit: 100 })).rejects.toMatchObject({ code: 'PAGINATION_ERROR' });
    const noCursor = createPaginatedList(async () => ({
      items: [1],
      pageInfo: { hasNextPage: true, endCursor: null },
    }));
    await expect(noCursor.toArray({ limit: 100 })).rejects.toBeInstanceOf(OpenPbError);
  });

  it('passes a failed first page to await and to iteration', async () => {
    const list = createPaginatedList<number>(async () => {
      throw new Error('boom');
    });
    await expect(Promise.resolve(list)).rejects.toThrow('boom');
    await expect(list.toArray({ limit: 1 })).rejects.toThrow('boom');
  });
});
