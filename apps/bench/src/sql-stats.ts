import { poolConfigFromUrl } from '@openpb/db/connection-config';
import pg from 'pg';

export interface StatementCounts {
  readonly statements: number;
  readonly rows: number;
}

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
         FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%'`,
    );
    const row = result.rows[0];
    return { statements: Number(row?.statements ?? 0), rows: Number(row?.rows ?? 0) };
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
