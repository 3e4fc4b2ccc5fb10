import { isUuid } from '@openpb/domain/uuid';
import pg from 'pg';
import {
  type CreateDatabaseClientOptions,
  createConnectionPool,
  createDatabaseClient,
  type PrismaClient,
} from './client.ts';
import { CouncilSessions, OUTSIDE_TENANCY } from './council-sessions.ts';
import { createSqlQuery, type SqlQuery } from './sql-query.ts';
import { createSqlTransaction, type SqlTransaction } from './sql-transaction.ts';

/** One council's way into the database: every connection sees only that council's rows. */
export interface TenantDatabase {
  readonly db: PrismaClient;
  /** The same connections for node-postgres work (cursors for streamed exports). */
  readonly pool: pg.Pool;
  /** A statement on the same connections without Prisma, counted by `onQuery` like Prisma's. */
  readonly query: SqlQuery;
  /** A transaction on one of the same connections, without Prisma (the write steps, D106). */
  readonly transaction: SqlTransaction;
}

/**
 * The API's connections (PostgreSQL row-level security, docs/decisions.md D18): one pool of at
 * most `poolSize` connections, whatever the number of councils, seen by each council through a
 * pool of its own that moves a connection to the council when it hands it out (with a proof that
 * SQL on the connection cannot forge), so that a query only ever runs on a connection that serves
 * the caller's council. Idle connections close after 30 s.
 */
export interface TenantDatabases {
  forCouncil(councilId: string): TenantDatabase;
  /** Connections that serve no council: sign-in, and the audit of callers with no valid token. */
  readonly outsideTenancy: TenantDatabase;
  close(): Promise<void>;
}

export interface TenantDatabasesOptions extends CreateDatabaseClientOptions {
  /** The database's tenancy key, in hex (`readTenancyKey`, or OPENPB_TENANCY_KEY in production). */
  readonly tenancyKey: string;
  /**
   * Councils whose Prisma client is kept (about 2 MB each, and ~0.2 s of CPU for the first query
   * of a new one); beyond them the least recently served council's goes. The default holds all
   * 153 English councils with adult social care. Connections are bounded by `poolSize` alone.
   */
  readonly councilClients?: number;
}

/** Tries this many connections for one that is idle before giving up (one left in a transaction is closed). */
const CHECKOUT_ATTEMPTS = 3;

/**
 * The connections of the shared pool as one council (or sign-in) sees them: each connection it
 * hands out serves that council. A node-postgres Pool, because Prisma's pg adapter takes one (and
 * calls `query` and `connect`), as do the exports' cursors.
 */
class TenancyPool extends pg.Pool {
  constructor(
    private readonly shared: pg.Pool,
    private readonly sessions: CouncilSessions,
    private readonly serves: string,
  ) {
    super(shared.options);
  }

  override connect(): Promise<pg.PoolClient>;
  override connect(
    callback: (
      err: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): void;
  override connect(
    callback?: (
      err: Error | undefined,
      client: pg.PoolClient | undefined,
      done: (release?: unknown) => void,
    ) => void,
  ): Promise<pg.PoolClient> | undefined {
    const connected = this.#connect();
    if (!callback) return connected;
    connected.then(
      (client) => callback(undefined, client, (release) => client.release(release as Error)),
      (error: Error) => callback(error, undefined, () => {}),
    );
    return undefined;
  }

  // biome-ignore lint/suspicious/noExplicitAny: node-postgres's overloads (text or config, values)
  override async query(config: any, values?: any): Promise<any> {
    const client = await this.#connect();
    try {
      const result = await client.query(config, values);
      client.release();
      return result;
    } catch (error) {
      // as node-postgres's own pool.query does: a connection whose query failed is not reused
      client.release(error as Error);
      throw error;
    }
  }

  async #connect(): Promise<pg.PoolClient> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.shared.connect();
      try {
        await this.sessions.serve(client, this.serves);
        return client;
      } catch (error) {
        client.release(error as Error);
        if (attempt >= CHECKOUT_ATTEMPTS) throw error;
      }
    }
  }
}

export function createTenantDatabases(options: TenantDatabasesOptions): TenantDatabases {
  const { tenancyKey, councilClients = 160, ...clientOptions } = options;
  const shared = createConnectionPool({
    idleTimeoutMs: 30_000,
    ...clientOptions,
    searchPath: 'public,pg_temp',
  });
  const sessions = new CouncilSessions(tenancyKey);
  const open = (serves: string): TenantDatabase => {
    const pool = new TenancyPool(shared, sessions, serves);
    return {
      pool,
      db: createDatabaseClient(clientOptions, pool),
      query: createSqlQuery(pool, clientOptions.onQuery),
      transaction: createSqlTransaction(pool, clientOptions.onQuery),
    };
  };
  // least recently served last out: a Map keeps insertion order
  const councils = new Map<string, TenantDatabase>();
  const outsideTenancy = open(OUTSIDE_TENANCY);
  return {
    outsideTenancy,
    forCouncil: (councilId) => {
      let tenant = councils.get(councilId);
      if (tenant) {
        councils.delete(councilId);
      } else {
        // the id is written into the statement that switches a connection: a UUID and nothing else
        if (!isUuid(councilId)) throw new Error('A council id must be a UUID');
        tenant = open(councilId);
      }
      councils.set(councilId, tenant);
      // the least recently served council's client goes (requests still using it finish; it
      // holds no connection of its own, so nothing needs closing)
      if (councils.size > councilClients) {
        const [oldest] = councils.keys();
        if (oldest) councils.delete(oldest);
      }
      return tenant;
    },
    close: async () => {
      const all = [outsideTenancy, ...councils.values()];
      councils.clear();
      await Promise.all(all.map((tenant) => tenant.db.$disconnect()));
      if (!shared.ending) await shared.end();
    },
  };
}
