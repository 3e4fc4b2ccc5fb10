import type {} from 'vitest';

/** What the test-database globalSetup hands to every test file. */
declare module 'vitest' {
  export interface ProvidedContext {
    databaseServerUrl: string;
    databaseTemplate: string;
  }
}
