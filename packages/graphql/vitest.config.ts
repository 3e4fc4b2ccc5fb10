import { oneGraphql } from '@openpb/vitest-config';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: oneGraphql,
  test: { include: ['test/**/*.test.ts'] },
});
