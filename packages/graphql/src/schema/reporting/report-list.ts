import type { KeysetPage, KeysetRows } from '@openpb/db/reporting/keyset';
import { GraphQLError } from 'graphql';
import type { z } from 'zod';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.ts';
import { counted } from '../connections/total-count.ts';

function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The Relay arguments of a report list. */
export interface ReportListArgs {
  readonly first?: number | null | undefined;
  readonly after?: string | null | undefined;
  readonly last?: number | null | undefined;
  readonly before?: string | null | undefined;
}

/**
 * A report list: rows in a stable order, paged forwards on that order (keyset), whose cursor is
 * the row's position in it. `list` names the list inside the cursor, so a cursor of one list is
 * refused by another.
 */
export interface ReportList<P, R> {
  readonly list: string;
  readonly position: z.ZodType<P>;
  readonly positionOf: (row: R) => P;
}

function encodeCursor<P, R>(list: ReportList<P, R>, row: R): string {
  return Buffer.from(JSON.stringify([list.list, list.positionOf(row)])).toString('base64url');
}

function decodeCursor<P, R>(list: ReportList<P, R>, cursor: string): P {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badInput('The cursor is not one this list gave out');
  }
  const [name, position] = Array.isArray(decoded) ? decoded : [];
  const parsed = list.position.safeParse(position);
  if (name !== list.list || !parsed.success) {
    throw badInput('The cursor is not one this list gave out');
  }
  return parsed.data;
}

/** The page the arguments ask for: forwards only, 1 to 100 rows (20 by default). */
export function reportPage<P, R>(list: ReportList<P, R>, args: ReportListArgs): KeysetPage<P> {
  if (args.last != null || args.before != null) {
    throw badInput('This list pages forwards only: use first and after');
  }
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return { first, after: args.after ? decodeCursor(list, args.after) : null };
}

/** The Relay connection of a page of rows; `count` gives its totalCount, only when selected. */
export function reportConnection<P, R>(
  list: ReportList<P, R>,
  page: KeysetPage<P>,
  result: KeysetRows<R>,
  count: () => Promise<number>,
) {
  const edges = result.rows.map((row) => ({ cursor: encodeCursor(list, row), node: row }));
  return counted(
    {
      edges,
      pageInfo: {
        hasNextPage: result.hasNextPage,
        hasPreviousPage: page.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    },
    count,
  );
}
