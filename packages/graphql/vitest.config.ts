import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql 16 ships ESM (`module`) and CJS (`main`) copies: Node loads the CJS one for Pothos,
  // so the tests must use the same copy, or graphql refuses types "from another realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: { include: ['test/**/*.test.ts'] },
});
