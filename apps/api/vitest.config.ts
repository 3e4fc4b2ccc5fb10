import { oneGraphql } from '@openpb/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: oneGraphql,
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['@openpb/db/testing/vitest-global-setup'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
