import type { KeysetPage, KeysetRows } from '@openpb/db/reporting/keyset';

/**
 * Every row of a report list, read page after page on the list's own keyset order (the db page
 * function the GraphQL connection uses), `batchSize` rows at a time: memory holds one page.
 */
export async function* reportListRows<P, R>(
  readPage: (page: KeysetPage<P>) => Promise<KeysetRows<R>>,
  positionOf: (row: R) => P,
  batchSize = 500,
): AsyncGenerator<R> {
  let after: P | null = null;
  for (;;) {
    const { rows, hasNextPage }: KeysetRows<R> = await readPage({ after, first: batchSize });
    yield* rows;
    const last = rows.at(-1);
    if (!hasNextPage || last === undefined) return;
    after = positionOf(last);
  }
}
