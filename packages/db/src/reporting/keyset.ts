import { Prisma } from '../client.ts';
import type { ReportSql } from './sql-client.ts';

/** A forward page of a list in a stable order: rows after `after` (a position in that order). */
export interface KeysetPage<P> {
  readonly after: P | null;
  /** Rows wanted; one more is read to tell whether another page follows. */
  readonly first: number;
}

/** A page's rows and whether more follow. */
export interface KeysetRows<R> {
  readonly rows: R[];
  readonly hasNextPage: boolean;
}

/**
 * `AND (key…) > (value…)` when there is a position, for keyset paging on a row-value comparison
 * that matches the list's ascending ORDER BY on the same columns.
 */
export function afterPosition(
  key: readonly Prisma.Sql[],
  position: readonly Prisma.Sql[] | null,
): Prisma.Sql {
  if (!position) return Prisma.empty;
  return Prisma.sql`AND (${Prisma.join(key)}) > (${Prisma.join(position)})`;
}

/** `LIMIT first + 1`: the extra row only says whether another page follows. */
export function limitOf(page: KeysetPage<unknown>): Prisma.Sql {
  return Prisma.sql`LIMIT ${page.first + 1}::int`;
}

/** How many rows a list's query (before paging) has: the `totalCount` of its connection. */
export async function countRows(db: ReportSql, rows: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>(
    Prisma.sql`SELECT count(*) AS count FROM (${rows}) listed`,
  );
  return Number(row?.count ?? 0);
}

/** The first `page.first` rows and whether the extra row was there. */
export function keysetRows<R>(rows: R[], page: KeysetPage<unknown>): KeysetRows<R> {
  return { rows: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}
