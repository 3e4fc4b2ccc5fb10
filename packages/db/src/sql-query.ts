import type pg from 'pg';

/** One parameterised statement through node-postgres, resolving to its rows. */
export type SqlQuery = <Row extends object = Record<string, unknown>>(
  text: string,
  values: readonly unknown[],
) => Promise<Row[]>;

/**
 * Statements on a pool without Prisma (the compiled reads and the audit log, where Prisma's
 * per-statement work costs more CPU than PostgreSQL spends on them; BENCHMARKS.md), reported to
 * `onQuery` as Prisma reports its own, so that the tests count every statement either way.
 */
export function createSqlQuery(
  pool: pg.Pool,
  onQuery?: (query: { sql: string; durationMs: number }) => void,
): SqlQuery {
  if (!onQuery) {
    return async <Row extends object>(text: string, values: readonly unknown[]) =>
      (await pool.query<Row>(text, values as unknown[])).rows;
  }
  return async <Row extends object>(text: string, values: readonly unknown[]) => {
    const started = performance.now();
    const { rows } = await pool.query<Row>(text, values as unknown[]);
    onQuery({ sql: text, durationMs: performance.now() - started });
    return rows;
  };
}
