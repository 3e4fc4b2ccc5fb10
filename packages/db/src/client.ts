import { PrismaPg } from '@prisma/adapter-pg';
import { poolConfigFromUrl } from './connection-config.ts';
import { PrismaClient } from './generated/prisma/index.js';

export { Prisma } from './generated/prisma/index.js';
export type { PrismaClient };

export interface CreateDatabaseClientOptions {
  readonly databaseUrl: string;
  /** Connections in the pool (node-postgres `max`). */
  readonly poolSize?: number;
  /** PostgreSQL statement_timeout for every connection: no statement runs longer. */
  readonly statementTimeoutMs?: number;
  /** Log every SQL statement through this callback (tests count statements with it). */
  readonly onQuery?: (query: { sql: string; durationMs: number }) => void;
}

/** A Prisma client over the node-postgres driver adapter. The caller owns its lifetime. */
export function createDatabaseClient(options: CreateDatabaseClientOptions): PrismaClient {
  const adapter = new PrismaPg({
    ...poolConfigFromUrl(options.databaseUrl),
    max: options.poolSize ?? 10,
    ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
  });
  const client = new PrismaClient({
    adapter,
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
