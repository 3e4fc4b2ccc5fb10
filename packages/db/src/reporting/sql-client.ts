import type { PrismaClient } from '../client.ts';

/** What a report query needs of a Prisma client (or a transaction): raw SQL only. */
export type ReportSql = Pick<PrismaClient, '$queryRaw'>;
