import { poolConfigFromUrl } from '@openpb/db/connection-config';
import pg from 'pg';

export interface StatementCounts {
  readonly statements: number;
  readonly rows: number;
}

/** One statement's share of a counted run: how often it ran and its own execution time. */
export interface StatementTime {
  /** Its first words, whitespace collapsed. */
  readonly statement: string;
  readonly calls: number;
  /** pg_stat_statements' total_exec_time: executing it, not parsing, binding or the protocol. */
  readonly executionMs: number;
}

const BENCHMARK_DATABASE =
  'dbid = (SELECT oid FROM pg_database WHERE datname = current_database())';
const NOT_THE_HARNESS = "query NOT ILIKE '%pg_stat_statements%'";

/**
 * Counts what the servers asked of PostgreSQL, from pg_stat_statements: every statement executed
 * in the benchmark database (BEGIN/COMMIT included) and the rows they returned or changed. The
 * harness's own reset and read queries are left out.
 */
export class SqlStats {
  private constructor(private readonly client: pg.Client) {}

  static async connect(databaseUrl: string): Promise<SqlStats> {
    const client = new pg.Client(poolConfigFromUrl(databaseUrl));
    await client.connect();
    return new SqlStats(client);
  }

  async reset(): Promise<void> {
    await this.client.query('SELECT pg_stat_statements_reset()');
  }

  async read(): Promise<StatementCounts> {
    const result = await this.client.query<{ statements: string | null; rows: string | null }>(
      `SELECT sum(calls) AS statements, sum(rows) AS rows
         FROM pg_stat_statements WHERE ${BENCHMARK_DATABASE} AND ${NOT_THE_HARNESS}`,
    );
    const row = result.rows[0];
    return { statements: Number(row?.statements ?? 0), rows: Number(row?.rows ?? 0) };
  }

  /** The statements that took the most execution time since the reset, most first. */
  async statementTimes(limit: number): Promise<StatementTime[]> {
    const result = await this.client.query<{ statement: string; calls: string; ms: number }>(
      `SELECT left(regexp_replace(query, '\\s+', ' ', 'g'), 48) AS statement,
              sum(calls) AS calls, sum(total_exec_time) AS ms
         FROM pg_stat_statements WHERE ${BENCHMARK_DATABASE} AND ${NOT_THE_HARNESS}
        GROUP BY 1 ORDER BY 3 DESC LIMIT $1`,
      [limit],
    );
    return result.rows.map((row) => ({
      statement: row.statement,
      calls: Number(row.calls),
      executionMs: Number(row.ms),
    }));
  }

  /** Connections a login holds to the server right now (pg_stat_activity), any state. */
  async connectionsOf(login: string): Promise<number> {
    const result = await this.client.query<{ count: number }>(
      'SELECT count(*)::int AS count FROM pg_stat_activity WHERE usename = $1',
      [login],
    );
    return result.rows[0]?.count ?? 0;
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}
