import { parseArgs } from 'node:util';
import { createDatabaseClient } from '../client.ts';
import { openLocalDatabase } from '../local-database.ts';
import { SCALES } from '../synthetic/scales.ts';
import { seedSyntheticData } from '../synthetic/seed.ts';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    seed: { type: 'string', default: '1' },
    reset: { type: 'boolean', default: false },
  },
});

// seeding writes every council's rows: DATABASE_URL here names the owner of the tables, which
// also applies the migrations (the API's own login could do neither)
const database = await openLocalDatabase({
  DATABASE_URL: process.env.DATABASE_URL,
  MIGRATION_DATABASE_URL: process.env.DATABASE_URL,
  OPENPB_EMBEDDED_PG_PORT: process.env.OPENPB_EMBEDDED_PG_PORT,
});
const db = createDatabaseClient({ databaseUrl: database.databaseUrl });
try {
  if (values.reset) {
    // Every table but Prisma's migration history and the audit log, which is append-only even
    // here: what was read and written before the reset stays on record.
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT tablename AS name FROM pg_tables
      WHERE schemaname = current_schema() AND tablename NOT IN ('_prisma_migrations', 'audit_log')`;
    const quoted = tables.map(({ name }) => `"${name.replaceAll('"', '""')}"`);
    if (quoted.length > 0) await db.$executeRawUnsafe(`TRUNCATE ${quoted.join(', ')} CASCADE`);
  } else if ((await db.council.count()) > 0) {
    console.error('The database holds data already; pass --reset to replace it.');
    process.exitCode = 2;
  }
  if (process.exitCode !== 2) {
    const started = performance.now();
    const summary = await seedSyntheticData(db, {
      scale: values.scale,
      seed: Number(values.seed),
      progress: 'bar',
      databaseUrl: database.databaseUrl,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `Seeded ${summary.councils} council(s), ${summary.people} people, ${summary.personalBudgets} personal budgets, ${summary.rows} rows in ${seconds.toFixed(1)}s (${Math.round(summary.rows / seconds)} rows/s; scales: ${Object.keys(SCALES).join(', ')}).`,
    );
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
