import { Prisma, type PrismaClient } from '@openpb/db/client';
import type { GraphQLContext } from '../../context.ts';

type AccountTransaction = Awaited<
  ReturnType<PrismaClient['accountTransaction']['findFirstOrThrow']>
>;

/** Ledger order, newest first: the order of `DirectPaymentAgreement.transactions`. */
export const TRANSACTION_ORDER: Prisma.AccountTransactionOrderByWithRelationInput[] = [
  { postedDate: 'desc' },
  { id: 'desc' },
];

function newestFirst(a: AccountTransaction, b: AccountTransaction): number {
  const byDate = b.postedDate.getTime() - a.postedDate.getTime();
  if (byDate !== 0) return byDate;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

interface Pending {
  readonly agreementIds: Set<string>;
  readonly waiting: {
    readonly agreementId: string;
    readonly resolve: (rows: AccountTransaction[]) => void;
    readonly reject: (error: unknown) => void;
  }[];
}

/**
 * The newest `take` ledger entries of many agreements at once. Prisma applies a nested `take`
 * after loading every child (`WHERE agreement_id IN (…)` with no LIMIT), so a caseload that shows
 * the last 10 entries of 50 agreements read all of their ~70 entries each. This loader collects
 * the agreements of one request (those resolved in the same turn of the event loop) and reads
 * only the rows it needs: one LATERAL … LIMIT statement over the (agreement_id, posted_date, id)
 * index for the ids, one findMany for those rows. Two statements, whatever the page size.
 */
class LatestTransactionsLoader {
  private readonly pendingByTake = new Map<number, Pending>();

  constructor(private readonly db: GraphQLContext['db']) {}

  load(agreementId: string, take: number): Promise<AccountTransaction[]> {
    let pending = this.pendingByTake.get(take);
    if (!pending) {
      const created: Pending = { agreementIds: new Set(), waiting: [] };
      pending = created;
      this.pendingByTake.set(take, created);
      setImmediate(() => {
        this.pendingByTake.delete(take);
        void this.flush(take, created);
      });
    }
    pending.agreementIds.add(agreementId);
    const batch = pending;
    return new Promise((resolve, reject) => batch.waiting.push({ agreementId, resolve, reject }));
  }

  private async flush(take: number, pending: Pending): Promise<void> {
    try {
      const ids = [...pending.agreementIds];
      const picked = await this.db.$queryRaw<{ id: string }[]>(Prisma.sql`
        SELECT t.id
          FROM unnest(${ids}::uuid[]) AS a(id)
         CROSS JOIN LATERAL (
               SELECT id FROM account_transaction
                WHERE agreement_id = a.id
                ORDER BY posted_date DESC, id DESC
                LIMIT ${take}) t`);
      const rows =
        picked.length === 0
          ? []
          : await this.db.accountTransaction.findMany({
              where: { id: { in: picked.map((row) => row.id) } },
            });
      const byAgreement = new Map<string, AccountTransaction[]>();
      for (const row of rows) {
        const list = byAgreement.get(row.agreementId) ?? [];
        list.push(row);
        byAgreement.set(row.agreementId, list);
      }
      for (const list of byAgreement.values()) list.sort(newestFirst);
      for (const waiter of pending.waiting)
        waiter.resolve(byAgreement.get(waiter.agreementId) ?? []);
    } catch (error) {
      for (const waiter of pending.waiting) waiter.reject(error);
    }
  }
}

const loaders = new WeakMap<GraphQLContext, LatestTransactionsLoader>();

/** The request's loader of the newest ledger entries per agreement. */
export function latestTransactions(
  context: GraphQLContext,
  agreementId: string,
  take: number,
): Promise<AccountTransaction[]> {
  let loader = loaders.get(context);
  if (!loader) {
    loader = new LatestTransactionsLoader(context.db);
    loaders.set(context, loader);
  }
  return loader.load(agreementId, take);
}
