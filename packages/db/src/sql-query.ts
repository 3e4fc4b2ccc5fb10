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

/**
 * Statements on a pool without Prisma (the compiled reads and the audit log, where Prisma's
 * per-statement work costs more CPU than PostgreSQL spends on them; BENCHMARKS.md), reported to
 * `onQuery` as Prisma reports its own, so that the tests count every statement either way.
 */
export function createSqlQuery(
  pool: pg.Pool,
  onQuery?: (query: { sql: string; durationMs: number }) => void,
): SqlQuery {
  const run = <Row extends object>(text: string, values: readonly unknown[], name?: string) =>
    pool.query<Row>({ text, values: values as unknown[], ...(name ? { name } : {}) });
  if (!onQuery) {
    return async <Row extends object>(text: string, values: readonly unknown[], name?: string) =>
      (await run<Row>(text, values, name)).rows;
  }
  return async <Row extends object>(text: string, values: readonly unknown[], name?: string) => {
    const started = performance.now();
    const { rows } = await run<Row>(text, values, name);
    onQuery({ sql: text, durationMs: performance.now() - started });
    return rows;
  };
}
