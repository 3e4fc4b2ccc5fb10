import type { TestProject } from 'vitest/node';
import './provided-context.ts';
import { startTestDatabaseServer } from './test-database-server.ts';

/**
 * Vitest globalSetup: one real PostgreSQL per test run (DATABASE_URL's server, or an embedded
 * one) with a migrated template; each test file clones its own database from it.
 */
export default async function setup(project: TestProject) {
  const server = await startTestDatabaseServer();
  project.provide('databaseServerUrl', server.serverUrl);
  project.provide('databaseTemplate', server.templateName);
  return () => server.stop();
}
