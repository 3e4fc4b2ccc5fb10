import { inject } from 'vitest';
import './provided-context.ts';
import { randomUUID } from 'node:crypto';
import { withDatabase } from '../connection-config.ts';
import { dropDatabase, ensureDatabaseExists } from '../database-admin.ts';

export interface IsolatedDatabase {
  readonly databaseUrl: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file (a copy of the template). */
export async function createIsolatedDatabase(
  serverUrl: string,
  templateName: string,
): Promise<IsolatedDatabase> {
  const name = `openpb_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await ensureDatabaseExists(serverUrl, name, templateName);
  return { databaseUrl: withDatabase(serverUrl, name), drop: () => dropDatabase(serverUrl, name) };
}

/** For a test file running under the test-database globalSetup: its own database. */
export function createTestFileDatabase(): Promise<IsolatedDatabase> {
  return createIsolatedDatabase(inject('databaseServerUrl'), inject('databaseTemplate'));
}
