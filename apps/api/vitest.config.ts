import { defineConfig } from 'vitest/config';

export default defineConfig({
  // one copy of graphql (its CJS build) for the tests and the libraries, as at run time
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@openpb/db/testing/vitest-global-setup'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
