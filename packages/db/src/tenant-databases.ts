import type pg from 'pg';
import {
  type CreateDatabaseClientOptions,
  createConnectionPool,
  createDatabaseClient,
  type PrismaClient,
} from './client.ts';
import { createSqlQuery, type SqlQuery } from './sql-query.ts';

/** One council's way into the database: every connection sees only that council's rows. */
export interface TenantDatabase {
  readonly db: PrismaClient;
  /** The same connections for node-postgres work (cursors for streamed exports). */
  readonly pool: pg.Pool;
  /** A statement on the same connections without Prisma, counted by `onQuery` like Prisma's. */
  readonly query: SqlQuery;
}

/**
 * The API's connections, one pool per council (PostgreSQL row-level security, docs/decisions.md
 * D14). A pool names its council when each connection starts, so no statement is added per query
 * and a query can never run on another council's connection. Idle connections close after 30 s,
 * so councils that are not being served hold none.
 */
export interface TenantDatabases {
  forCouncil(councilId: string): TenantDatabase;
  /** Connections that name no council: they see no tenant row and may only append to the audit log. */
  readonly outsideTenancy: TenantDatabase;
  close(): Promise<void>;
}

export function createTenantDatabases(options: CreateDatabaseClientOptions): TenantDatabases {
  const open = (councilId?: string): TenantDatabase => {
    const pool = createConnectionPool({
      idleTimeoutMs: 30_000,
      ...options,
      ...(councilId ? { councilId } : {}),
    });
    return {
      pool,
      db: createDatabaseClient(options, pool),
      query: createSqlQuery(pool, options.onQuery),
    };
  };
  const councils = new Map<string, TenantDatabase>();
  const outsideTenancy = open();
  return {
    outsideTenancy,
    forCouncil: (councilId) => {
      let tenant = councils.get(councilId);
      if (!tenant) {
        tenant = open(councilId);
        councils.set(councilId, tenant);
      }
      return tenant;
    },
    close: async () => {
      const all = [outsideTenancy, ...councils.values()];
      councils.clear();
      await Promise.all(
        all.map(async (tenant) => {
          await tenant.db.$disconnect();
          if (!tenant.pool.ending) await tenant.pool.end();
        }),
      );
    },
  };
}
