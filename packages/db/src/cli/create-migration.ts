import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { EMBEDDED_DEFAULT_PORT } from '../local-database.ts';
import { dbPackageDir, localDataDir } from '../paths.ts';

// Writes a new migration: the SQL that takes the schema as last committed (git HEAD) to the
// schema.prisma in the working tree, by diffing the two datamodels (`migrate dev` is unreliable
// over the driver adapter). Prisma's JavaScript schema engine still wants a reachable server for
// that: DATABASE_URL's, or the embedded one (stop `pnpm dev` first: they share the cluster).
// Statements Prisma cannot express (triggers, policies) are appended to the file by hand.
const { values } = parseArgs({ options: { name: { type: 'string' } } });
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error('usage: pnpm --filter @openpb/db migrate:create --name <snake_case_change>');
  process.exit(2);
}
const server = process.env.DATABASE_URL
  ? null
  : await startEmbeddedPostgres({
      dataDir: join(localDataDir, 'postgres'),
      port: Number(process.env.OPENPB_EMBEDDED_PG_PORT ?? EMBEDDED_DEFAULT_PORT),
      persistent: true,
    });
const committed = join(tmpdir(), `openpb-committed-${process.pid}.prisma`);
writeFileSync(
  committed,
  execFileSync('git', ['show', 'HEAD:./prisma/schema.prisma'], { cwd: dbPackageDir }),
);
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
const diff = spawnSync(
  process.execPath,
  [
    prismaCli,
    'migrate',
    'diff',
    '--from-schema-datamodel',
    committed,
    '--to-schema-datamodel',
    'prisma/schema.prisma',
    '--script',
  ],
  {
    cwd: dbPackageDir,
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? server?.serverUrl },
  },
);
await server?.stop();
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(diff.status ?? 1);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const folder = join(dbPackageDir, 'prisma', 'migrations', `${stamp}_${values.name}`);
mkdirSync(folder, { recursive: true });
writeFileSync(join(folder, 'migration.sql'), diff.stdout);
console.log(`wrote ${folder}/migration.sql — review it, then commit it with schema.prisma`);
