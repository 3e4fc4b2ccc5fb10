import type { Prisma } from '@openpb/db/client';
import type { SqlQuery } from '@openpb/db/sql-query';

/**
 * Where a write step's statements go: the node-postgres transaction of `sqlWriteTransaction`, or
 * the Prisma transaction of a mutation not yet moved off Prisma (D106).
 */
export type TransactionStatements = SqlQuery | Prisma.TransactionClient;

/**
 * The statements of either transaction as one `SqlQuery`: a Prisma transaction runs them as raw
 * queries (unprepared, and at several times node-postgres's CPU, BENCHMARKS.md).
 */
export function statementsOf(tx: TransactionStatements): SqlQuery {
  if (typeof tx === 'function') return tx;
  return <Row extends object>(text: string, values: readonly unknown[]) =>
    tx.$queryRawUnsafe<Row[]>(text, ...values);
}
