import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { withDatabase } from '../connection-config.ts';
import { dropDatabase, ensureDatabaseExists } from '../database-admin.ts';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { EMBEDDED_DEFAULT_PORT } from '../local-database.ts';
import { dbPackageDir, localDataDir } from '../paths.ts';

// Writes a new migration from the difference between the migrations and schema.prisma, against a
// scratch database on the embedded PostgreSQL (stop `pnpm dev` first: they share the cluster).
const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name) {
  console.error('usage: pnpm --filter @openpb/db migrate:create --name <change>');
  process.exit(2);
}
const server = await startEmbeddedPostgres({
  dataDir: join(localDataDir, 'postgres'),
  port: Number(process.env.OPENPB_EMBEDDED_PG_PORT ?? EMBEDDED_DEFAULT_PORT),
  persistent: true,
});
const scratch = 'openpb_migration_scratch';
await dropDatabase(server.serverUrl, scratch);
await ensureDatabaseExists(server.serverUrl, scratch);
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const result = spawnSync(
  process.execPath,
  [prismaCli, 'migrate', 'dev', '--create-only', '--name', values.name],
  {
    cwd: dbPackageDir,
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: withDatabase(server.serverUrl, scratch) },
  },
);
await dropDatabase(server.serverUrl, scratch);
await server.stop();
process.exit(result.status ?? 1);
