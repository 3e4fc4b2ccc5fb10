import { startTestApiServer } from '@openpb/api/testing/test-api-server';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    seededPeople: number;
  }
}

/** Vitest globalSetup: one real API for the integration tests of this run. */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const server = await startTestApiServer();
  console.log(
    `test API ready at ${server.url} in ${Date.now() - started} ms (${server.seededPeople} people)`,
  );
  project.provide('apiUrl', server.url);
  project.provide('seededPeople', server.seededPeople);
  return () => server.stop();
}
