import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { createConnectionPool } from '@openpb/db/client';
import { withAdminConnection } from '@openpb/db/database-admin';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import type pg from 'pg';
import { CASELOAD_SQL } from './floor-sql.ts';
import { openBenchDatabase } from './postgres.ts';

// What the second wall costs PostgreSQL (docs/decisions.md D18): the floor's
// caseload statement, prepared, sent by `--connections` workers for `--seconds` per contender in
// interleaved rounds, (1) as the owner of the tables (no policies), (2) as the API's login through
// the tenancy pools, its connection serving the council (the policies and their init plans), and
// (3) the same with every statement preceded by a statement of another council on the same pool
// (a switch of council, the worst case for the shared pool).
//   pnpm --filter @openpb/bench tenancy-cost [--scale demo] [--connections 10] [--seconds 3] [--rounds 3]

const { values: args } = parseArgs({
  options: {
    scale: { type: 'string', default: 'demo' },
    connections: { type: 'string', default: '10' },
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '3' },
  },
});
const connections = Number(args.connections);
const log = (line: string) => console.error(`[tenancy-cost] ${line}`);

const database = await openBenchDatabase({
  externalUrl: process.env.DATABASE_URL,
  scale: args.scale,
  seed: 1,
  rowLevelSecurity: true,
  log,
});
const otherCouncil = randomUUID();
await withAdminConnection(database.databaseUrl, (client) =>
  client.query(
    "INSERT INTO council (id, la_code, name, region) VALUES ($1, 'ZZ1', 'Other', 'Bench')",
    [otherCouncil],
  ),
);
const owner = createConnectionPool({ databaseUrl: database.databaseUrl, poolSize: connections });
const tenancy = createTenantDatabases({
  databaseUrl: database.applicationUrl,
  tenancyKey: database.tenancyKey,
  poolSize: connections,
});
const caseload = (pool: pg.Pool) =>
  pool.query({ name: 'caseload', text: CASELOAD_SQL, values: [DEMO_COUNCIL.id, 50] });
const council = tenancy.forCouncil(DEMO_COUNCIL.id).pool;
const other = tenancy.forCouncil(otherCouncil).pool;

const contenders: Record<string, () => Promise<unknown>> = {
  'owner (no policies)': () => caseload(owner),
  'API login, proven council': () => caseload(council),
  'API login, switching every statement': async () => {
    await other.query('SELECT count(*) FROM person');
    await caseload(council);
  },
};

async function run(statement: () => Promise<unknown>): Promise<number> {
  const until = performance.now() + Number(args.seconds) * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < until) {
        await statement();
        done++;
      }
    }),
  );
  return done / Number(args.seconds);
}

const results = new Map<string, number[]>(Object.keys(contenders).map((name) => [name, []]));
for (const statement of Object.values(contenders)) await run(statement); // warm every connection
for (let round = 0; round < Number(args.rounds); round++) {
  const names = Object.keys(contenders);
  for (const name of round % 2 ? names.reverse() : names) {
    const perSecond = await run(contenders[name] as () => Promise<unknown>);
    results.get(name)?.push(perSecond);
    log(`round ${round + 1} ${name}: ${perSecond.toFixed(1)} caseload statements/s`);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const base = median(results.get('owner (no policies)') ?? []);
console.log(
  `| contender (${connections} connections) | caseload statements/s (median) | ÷ owner |`,
);
console.log('|---|---:|---:|');
for (const [name, values] of results) {
  console.log(
    `| ${name} | ${median(values).toFixed(1)} | ${(median(values) / base).toFixed(2)}× |`,
  );
}
await Promise.all([owner.end(), tenancy.close()]);
await database.stop();
