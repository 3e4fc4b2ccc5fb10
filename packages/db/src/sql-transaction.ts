import type pg from 'pg';
import { createSqlQuery, type SqlQuery } from './sql-query.ts';

/**
 * Runs `work` in one transaction on one connection of the pool, its statements through `sql`:
 * COMMIT when `work` resolves, ROLLBACK when it throws (and the error is thrown on). A connection
 * whose ROLLBACK fails too (it was cut, or is wedged) is closed rather than handed out again.
 */
export type SqlTransaction = <T>(work: (sql: SqlQuery) => Promise<T>) => Promise<T>;

export function createSqlTransaction(
  pool: pg.Pool,
  onQuery?: (query: { sql: string; durationMs: number }) => void,
): SqlTransaction {
  return async (work) => {
    const client = await pool.connect();
    const sql = createSqlQuery(client, onQuery);
    let broken: Error | undefined;
    try {
      await sql('BEGIN', []);
      const result = await work(sql);
      await sql('COMMIT', []);
      return result;
    } catch (error) {
      try {
        await sql('ROLLBACK', []);
      } catch (rollbackFailed) {
        broken = rollbackFailed as Error;
      }
      throw error;
    } finally {
      client.release(broken);
    }
  };
}
