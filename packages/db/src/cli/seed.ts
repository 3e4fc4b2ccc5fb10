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

const database = await openLocalDatabase({
  DATABASE_URL: process.env.DATABASE_URL,
  OPENPB_EMBEDDED_PG_PORT: process.env.OPENPB_EMBEDDED_PG_PORT,
});
const db = createDatabaseClient({ databaseUrl: database.databaseUrl });
try {
  if (values.reset) {
    await db.$executeRawUnsafe(
      'TRUNCATE council, person, personal_budget, budget_deployment CASCADE',
    );
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
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Seeded ${summary.councils} council(s), ${summary.people} people, ${summary.personalBudgets} personal budgets in ${seconds}s (scales: ${Object.keys(SCALES).join(', ')}).`,
    );
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
