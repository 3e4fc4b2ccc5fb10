import { defineConfig } from 'vitest/config';

// one copy of graphql (its CJS build) for the tests and the libraries, as at run time: the API the
// integration tests start in process checks its schema's types with graphql's own instanceof
const oneGraphql = { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'generator/**/*.test.ts'],
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
