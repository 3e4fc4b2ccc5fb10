import { Prisma } from '@openpb/db/client';
import type { LedgerEntryKind } from '@openpb/domain/code-lists/ledger-entry-kind';
import type { IsoDate } from '@openpb/domain/dates';
import type { Pence } from '@openpb/domain/money';

/** Money in and out of a DP account for one kind of entry over a period. */
export interface LedgerKindTotal {
  readonly kind: LedgerEntryKind;
  readonly inPence: Pence;
  readonly outPence: Pence;
  readonly entryCount: number;
}

/** The balances of a DP account over an end-inclusive period, summed by PostgreSQL. */
export interface LedgerTotals {
  readonly openingBalancePence: Pence;
  readonly closingBalancePence: Pence;
  readonly byKind: readonly LedgerKindTotal[];
}

interface KindRow {
  kind: string;
  before: bigint;
  money_in: bigint;
  money_out: bigint;
  entries: bigint;
}

type Sql = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * Opening balance (everything posted before `from`), totals by kind within `[from, to]` and the
 * closing balance, in one grouped query over the agreement's ledger index: never more than one row
 * per entry kind reaches Node, however long the ledger is.
 */
export async function ledgerTotals(
  db: Sql,
  where: { readonly councilId: string; readonly agreementId: string },
  from: IsoDate,
  to: IsoDate,
): Promise<LedgerTotals> {
  const rows = await db.$queryRaw<KindRow[]>(Prisma.sql`
    SELECT kind,
           COALESCE(SUM(amount_pence) FILTER (WHERE posted_date < ${from}::date), 0)::bigint AS before,
           COALESCE(SUM(GREATEST(amount_pence, 0)) FILTER (WHERE posted_date >= ${from}::date), 0)::bigint AS money_in,
           COALESCE(SUM(GREATEST(-amount_pence, 0)) FILTER (WHERE posted_date >= ${from}::date), 0)::bigint AS money_out,
           COUNT(*) FILTER (WHERE posted_date >= ${from}::date) AS entries
      FROM account_transaction
     WHERE council_id = ${where.councilId}::uuid
       AND agreement_id = ${where.agreementId}::uuid
       AND posted_date <= ${to}::date
     GROUP BY kind
     ORDER BY kind`);
  const byKind = rows.map((row) => ({
    kind: row.kind as LedgerEntryKind,
    inPence: Number(row.money_in),
    outPence: Number(row.money_out),
    entryCount: Number(row.entries),
  }));
  const openingBalancePence = rows.reduce((sum, row) => sum + Number(row.before), 0);
  const movement = byKind.reduce((sum, total) => sum + total.inPence - total.outPence, 0);
  return { openingBalancePence, closingBalancePence: openingBalancePence + movement, byKind };
}

/** Money in from entries of `kind` (0 when there were none). */
export function paidInPence(totals: LedgerTotals, kind: LedgerEntryKind): Pence {
  return totals.byKind.find((total) => total.kind === kind)?.inPence ?? 0;
}

/** Money out through entries of `kind` (0 when there were none). */
export function paidOutPence(totals: LedgerTotals, kind: LedgerEntryKind): Pence {
  return totals.byKind.find((total) => total.kind === kind)?.outPence ?? 0;
}
