import { defineConfig } from 'prisma/config';
import { migrationAdapterFactory } from './src/migration-adapter.ts';

// Prisma 6.19 with the JavaScript schema engine over the pg driver adapter: migrate and generate
// run without downloading any native engine (see docs/decisions.md).
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/migrations' },
  adapter: async () => migrationAdapterFactory(),
});
