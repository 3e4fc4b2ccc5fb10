import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { poolConfigFromUrl } from './connection-config.ts';
import { PrismaClient } from './generated/prisma/index.js';

/** Rows of the models that write steps read through node-postgres (D106), as Prisma types them. */
export type {
  DirectPayment,
  DirectPaymentAgreement,
  DirectPaymentAudit,
  Person,
  Recovery,
  StaffMember,
  SupportPlan,
  SupportPlanLine,
} from './generated/prisma/index.js';
export { Prisma } from './generated/prisma/index.js';
export type { PrismaClient };

export interface ConnectionPoolOptions {
  readonly databaseUrl: string;
  /** Connections in the pool (node-postgres `max`). */
  readonly poolSize?: number;
  /** PostgreSQL statement_timeout for every connection: no statement runs longer. */
  readonly statementTimeoutMs?: number;
  /**
   * The schemas unqualified names are looked up in, set when each connection starts. The API's
   * connections put `pg_temp` last, so that no temporary table the login made can stand in for
   * one of ours (docs/decisions.md D18).
   */
  readonly searchPath?: string;
  /** Close connections idle this long; 0 keeps them (node-postgres `idleTimeoutMillis`). */
  readonly idleTimeoutMs?: number;
}

export interface CreateDatabaseClientOptions extends ConnectionPoolOptions {
  /** Log every SQL statement through this callback (tests count statements with it). */
  readonly onQuery?: (query: { sql: string; durationMs: number }) => void;
}

/** Longest wait for a connection (node-postgres `connectionTimeoutMillis`). */
const CONNECTION_TIMEOUT_MS = 5_000;

/** A node-postgres pool. */
export function createConnectionPool(options: ConnectionPoolOptions): pg.Pool {
  const pool = new pg.Pool({
    ...poolConfigFromUrl(options.databaseUrl),
    max: options.poolSize ?? 10,
    // a request waits at most this long for a connection, then fails (503), rather than forever
    connectionTimeoutMillis: CONNECTION_TIMEOUT_MS,
    ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMillis: options.idleTimeoutMs } : {}),
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  // A connection cut by the server (a restart, pg_terminate_backend: 57P01) emits 'error' on its
  // client. node-postgres's pool listens only while the client is idle in the pool, and re-emits
  // it on the pool; a client checked out but between statements (in a transaction, or between
  // the council check-out and the query) has no listener, and an unhandled 'error' ends the
  // process. Every client therefore gets its own listener for its whole life: the fault is logged
  // once, the next statement on that client fails (503) and the client is dropped on release (D16).
  pool.on('connect', (client) => {
    client.on('error', (error) => {
      const code = (error as { code?: string }).code;
      console.error(JSON.stringify({ level: 'warn', event: 'database_connection_lost', code }));
    });
  });
  // the pool's re-emission of an idle client's error: already logged by the client's listener
  pool.on('error', () => {});
  return pool;
}

/** A Prisma client over the node-postgres driver adapter, on a pool of its own or the given one. */
export function createDatabaseClient(
  options: CreateDatabaseClientOptions,
  pool: pg.Pool = createConnectionPool(options),
): PrismaClient {
  const client = new PrismaClient({
    adapter: new PrismaPg(pool, { disposeExternalPool: true }),
    log: options.onQuery ? [{ emit: 'event', level: 'query' }] : [],
  });
  if (options.onQuery) {
    const onQuery = options.onQuery;
    client.$on('query' as never, (event: { query: string; duration: number }) => {
      onQuery({ sql: event.query, durationMs: event.duration });
    });
  }
  return client;
}
