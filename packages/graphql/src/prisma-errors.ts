import { Prisma } from '@openpb/db/client';

/** PostgreSQL's unique_violation, as node-postgres reports it and as Prisma passes on a raw query's. */
const UNIQUE_VIOLATION = '23505';

/** A unique constraint refused the write: Prisma's P2002, or SQLSTATE 23505 from node-postgres or a raw query. */
export function isUniqueViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    return (
      error.code === 'P2002' ||
      (error.code === 'P2010' &&
        (error.meta as { code?: unknown } | undefined)?.code === UNIQUE_VIOLATION)
    );
  }
  return (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION;
}
