import { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../builder.ts';
import { databaseId } from '../../tenancy.ts';

/** Where a statement line sits in posting order: by posted date, then id (ids grow with time). */
export interface LedgerPosition {
  readonly postedDate: IsoDate;
  readonly id: string;
}

export function encodeStatementCursor(position: LedgerPosition): string {
  return Buffer.from(`statement:${position.postedDate}:${position.id}`).toString('base64url');
}

function decodeStatementCursor(cursor: string): LedgerPosition {
  const match = /^statement:(\d{4}-\d{2}-\d{2}):([0-9a-f-]{36})$/.exec(
    Buffer.from(cursor, 'base64url').toString(),
  );
  if (!match?.[1] || !match[2]) throw new GraphQLError('Not a statement cursor');
  return { postedDate: match[1], id: databaseId(match[2]) };
}

export interface StatementPageArgs {
  readonly first?: number | null | undefined;
  readonly after?: string | null | undefined;
  readonly last?: number | null | undefined;
  readonly before?: string | null | undefined;
}

export interface StatementLineRow {
  readonly id: string;
  readonly postedDate: IsoDate;
  readonly balancePence: number;
}

export interface StatementPage {
  readonly lines: readonly StatementLineRow[];
  readonly hasNextPage: boolean;
  readonly hasPreviousPage: boolean;
}

function pageSize(size: number | null | undefined): number {
  const wanted = size ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(wanted) || wanted < 1 || wanted > MAX_PAGE_SIZE) {
    throw new GraphQLError(`A page holds 1 to ${MAX_PAGE_SIZE} lines`);
  }
  return wanted;
}

/**
 * One keyset page of a statement. PostgreSQL computes each line's running balance with a window
 * sum over the account's ledger up to `to` (so the balance includes everything before `from`),
 * then keeps the lines of `[from, to]` after (or before) the cursor: only the page's ids and
 * balances reach Node.
 */
export async function statementPage(
  db: Pick<Prisma.TransactionClient, '$queryRaw'>,
  where: { readonly councilId: string; readonly agreementId: string },
  period: { readonly from: IsoDate; readonly to: IsoDate },
  args: StatementPageArgs,
): Promise<StatementPage> {
  const backwards = args.last != null || args.before != null;
  const size = pageSize(backwards ? args.last : args.first);
  const cursor = backwards ? args.before : args.after;
  const position = cursor ? decodeStatementCursor(cursor) : null;
  const keyset = position
    ? backwards
      ? Prisma.sql`AND (posted_date, id) < (${position.postedDate}::date, ${position.id}::uuid)`
      : Prisma.sql`AND (posted_date, id) > (${position.postedDate}::date, ${position.id}::uuid)`
    : Prisma.empty;
  const order = backwards ? Prisma.sql`posted_date DESC, id DESC` : Prisma.sql`posted_date, id`;
  const rows = await db.$queryRaw<
    { id: string; posted_date: string; balance: bigint }[]
  >(Prisma.sql`
    SELECT id, to_char(posted_date, 'YYYY-MM-DD') AS posted_date, balance
      FROM (SELECT id, posted_date,
                   SUM(amount_pence) OVER (ORDER BY posted_date, id ROWS UNBOUNDED PRECEDING)::bigint AS balance
              FROM account_transaction
             WHERE council_id = ${where.councilId}::uuid
               AND agreement_id = ${where.agreementId}::uuid
               AND posted_date <= ${period.to}::date) AS ledger
     WHERE posted_date >= ${period.from}::date ${keyset}
     ORDER BY ${order}
     LIMIT ${size + 1}`);
  const more = rows.length > size;
  const page = rows.slice(0, size).map((row) => ({
    id: row.id,
    postedDate: row.posted_date,
    balancePence: Number(row.balance),
  }));
  if (backwards) page.reverse();
  return {
    lines: page,
    hasNextPage: backwards ? position !== null : more,
    hasPreviousPage: backwards ? more : position !== null,
  };
}
