import type pg from 'pg';

/**
 * One parameterised statement through node-postgres, resolving to its rows. With `prepareAs`, a
 * named prepared statement: each connection parses and plans it once, then only binds and runs it.
 */
export type SqlQuery = <Row extends object = Record<string, unknown>>(
  text: string,
  values: readonly unknown[],
  prepareAs?: string,
) => Promise<Row[]>;

/** What runs a statement: a pool (any idle connection) or one checked-out connection. */
type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;

/**
 * Statements without Prisma (the compiled reads, the audit log and the write steps, where Prisma's
 * per-statement work costs more CPU than PostgreSQL spends on them; BENCHMARKS.md), on a pool or
 * on one connection, reported to `onQuery` as Prisma reports its own, so that the tests count
 * every statement either way.
 */
export function createSqlQuery(
  on: Queryable,
  onQuery?: (query: { sql: string; durationMs: number }) => void,
): SqlQuery {
  const run = <Row extends object>(text: string, values: readonly unknown[], name?: string) =>
    on.query<Row>({ text, values: values as unknown[], ...(name ? { name } : {}) });
  if (!onQuery) {
    return async <Row extends object>(text: string, values: readonly unknown[], name?: string) =>
      (await run<Row>(text, values, name)).rows;
  }
  return async <Row extends object>(text: string, values: readonly unknown[], name?: string) => {
    const started = performance.now();
    try {
      return (await run<Row>(text, values, name)).rows;
    } finally {
      // a statement that failed was sent and ran too: it counts
      onQuery({ sql: text, durationMs: performance.now() - started });
    }
  };
}
