import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dbPackageDir } from './paths.ts';
import type { SqlQuery } from './sql-query.ts';

export type Readiness =
  | { readonly ready: true }
  | { readonly ready: false; readonly problem: 'database_unreachable' | 'migrations_pending' };

/** The committed migrations this code expects (packages/db/prisma/migrations). */
export function expectedMigrations(): readonly string[] {
  return readdirSync(join(dbPackageDir, 'prisma', 'migrations'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * Whether the database can serve this code: it answers, and every migration the code expects
 * has been applied (through `openpb_applied_migrations()`, since the API's login may not read
 * `_prisma_migrations`). For an orchestrator's readiness probe.
 */
export async function databaseReadiness(
  query: SqlQuery,
  expected: readonly string[] = expectedMigrations(),
): Promise<Readiness> {
  let applied: Set<string>;
  try {
    const rows = await query<{ name: string }>(
      'SELECT name FROM openpb_applied_migrations() AS name',
      [],
    );
    applied = new Set(rows.map((row) => row.name));
  } catch {
    return { ready: false, problem: 'database_unreachable' };
  }
  return expected.every((name) => applied.has(name))
    ? { ready: true }
    : { ready: false, problem: 'migrations_pending' };
}
