import { startTestApiServer } from '@openpb/api/testing/test-api-server';
import type { TestProject } from 'vitest/node';
import { startBuiltDemo } from './built-demo-server.ts';
import { freePort } from './free-port.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    demoUrl: string;
    seededPeople: number;
  }
}

/**
 * Vitest globalSetup for the browser test: a real API in this process and the production build
 * of the demo, built against that API and served on another origin (so CORS is exercised).
 */
export default async function setup(project: TestProject) {
  const started = Date.now();
  const demoPort = await freePort();
  const api = await startTestApiServer({ corsOrigins: [`http://127.0.0.1:${demoPort}`] });
  const demo = await startBuiltDemo({ apiUrl: api.url, port: demoPort }).catch(
    async (error: unknown) => {
      await api.stop();
      throw error;
    },
  );
  console.log(
    `test API at ${api.url}, built demo at ${demo.url}, ready in ${Date.now() - started} ms`,
  );
  project.provide('apiUrl', api.url);
  project.provide('demoUrl', demo.url);
  project.provide('seededPeople', api.seededPeople);
  return async () => {
    await demo.stop();
    await api.stop();
  };
}
