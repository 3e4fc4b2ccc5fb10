import { isUuid } from '@openpb/domain/uuid';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { poolConfigFromUrl } from './connection-config.ts';
import { PrismaClient } from './generated/prisma/index.js';

export { Prisma } from './generated/prisma/index.js';
export type { PrismaClient };

export interface ConnectionPoolOptions {
  readonly databaseUrl: string;
  /** Connections in the pool (node-postgres `max`). */
  readonly poolSize?: number;
  /** PostgreSQL statement_timeout for every connection: no statement runs longer. */
  readonly statementTimeoutMs?: number;
  /**
   * Row-level security: every connection names this council when it starts, and the policies
   * let it see and write only that council's rows (when it connects as the application role).
   */
  readonly councilId?: string;
  /** Close connections idle this long; 0 keeps them (node-postgres `idleTimeoutMillis`). */
  readonly idleTimeoutMs?: number;
}

export interface CreateDatabaseClientOptions extends ConnectionPoolOptions {
  /** Log every SQL statement through this callback (tests count statements with it). */
  readonly onQuery?: (query: { sql: string; durationMs: number }) => void;
}

/** A node-postgres pool; with a council, each of its connections is confined to it. */
export function createConnectionPool(options: ConnectionPoolOptions): pg.Pool {
  const { councilId } = options;
  if (councilId !== undefined && !isUuid(councilId)) {
    throw new Error('A council id must be a UUID');
  }
  return new pg.Pool({
    ...poolConfigFromUrl(options.databaseUrl),
    max: options.poolSize ?? 10,
    ...(options.idleTimeoutMs !== undefined ? { idleTimeoutMillis: options.idleTimeoutMs } : {}),
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
    ...(councilId ? { options: `-c openpb.council_id=${councilId}` } : {}),
  });
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
