import { readFileSync } from 'node:fs';
import { startTestApiServer } from '@openpb/api/testing/test-api-server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    seededPeople: number;
    databaseUrl: string;
  }
}

/**
 * Vitest globalSetup: one real API for the integration tests of this run, in trusted-documents
 * mode with the SDK's own persisted-documents manifest: every SDK call must be one it accepts.
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const manifest = new URL('../../src/generated/types/persisted-documents.json', import.meta.url);
  const trustedDocuments = new Map(
    Object.entries(JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, string>),
  );
  const server = await startTestApiServer({ trustedDocuments });
  console.log(
    `test API ready at ${server.url} in ${Date.now() - started} ms (${server.seededPeople} people)`,
  );
  project.provide('apiUrl', server.url);
  project.provide('seededPeople', server.seededPeople);
  project.provide('databaseUrl', server.databaseUrl);
  return () => server.stop();
}
