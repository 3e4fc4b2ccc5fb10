import { oneGraphql } from '@openpb/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        resolve: oneGraphql,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        resolve: oneGraphql,
        test: {
          name: 'browser',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
          // a screen's answer under CI's load (the API suite on the same two cores) can take
          // more than expect.poll's default second
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
  },
});
