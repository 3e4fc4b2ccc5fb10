// What one caseload statement costs PostgreSQL, shape by shape (issue 16 item 1): each statement
// run as a named prepared statement on one connection of the API's login (row-level security on,
// serving the demo council), in interleaved rounds; the backend's CPU from /proc/<pid>/stat over
// the round ÷ executions. `pnpm --filter @openpb/bench statement-cost [--rounds 5] [--runs 400]`
// (a fresh embedded PostgreSQL, demo scale, seed 1).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import {
  AUDIT_LOG_INSERT_TARGET,
  type AuditRow,
  auditInsert,
  auditRowInsert,
} from '@openpb/graphql/audit/audit-rows-sql';
import { CASELOAD_JSON_SQL, CASELOAD_SQL } from './floor-sql.ts';
import { describeMachine } from './machine.ts';
import { openBenchDatabase } from './postgres.ts';
import { cpuMilliseconds } from './process-stats.ts';

const { values: args } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { rounds: { type: 'string', default: '5' }, runs: { type: 'string', default: '400' } },
});
const rounds = Number(args.rounds);
const runs = Number(args.runs);

/**
 * The same index walks as the caseload (people page, budgets, deployments, plan versions, lines,
 * agreements, ledger pages) with nothing built from the rows but counts: what the look-ups alone
 * cost, isolated from building the answer.
 */
const INDEX_WALKS_SQL = `
SELECT count(*) + sum(b + s + a) FROM (
  SELECT
    (SELECT count(*) + coalesce(sum((SELECT count(*) FROM (SELECT d.id FROM budget_deployment d
             WHERE d.budget_id = b.id ORDER BY d.id) x)), 0)
       FROM (SELECT b.id FROM personal_budget b WHERE b.person_id = p.id
             ORDER BY b.effective_from DESC, b.id DESC LIMIT 1) b) AS b,
    (SELECT count(*) + coalesce(sum((SELECT count(*) FROM (SELECT l.id FROM support_plan_line l
             WHERE l.plan_id = sp.id ORDER BY l.position, l.id) y)), 0)
       FROM (SELECT sp.id FROM support_plan sp WHERE sp.person_id = p.id
             ORDER BY sp.version DESC LIMIT 1) sp) AS s,
    (SELECT count(*) + coalesce(sum((SELECT count(*) FROM (SELECT t.id FROM account_transaction t
             WHERE t.agreement_id = a.id ORDER BY t.posted_date DESC, t.id DESC LIMIT 10) z)), 0)
       FROM (SELECT a.id FROM direct_payment_agreement a WHERE a.person_id = p.id
             ORDER BY a.start_date DESC, a.id DESC LIMIT 2) a) AS a
  FROM person p WHERE p.council_id = $1 ORDER BY p.family_name, p.given_name, p.id LIMIT $2) counted`;

/**
 * The API's compiled caseload statement, as committed in its SQL snapshot (which
 * apps/api/test/sql-reads/compiled-statements.test.ts keeps equal to what the compiler writes).
 */
function compiledCaseload() {
  const snapshot = readFileSync(
    resolve(
      dirname(fileURLToPath(import.meta.url)),
      '../../api/test/sql-reads/__snapshots__/caseload.sql',
    ),
    'utf8',
  );
  const [, slotLine = '', ...text] = snapshot.split('\n');
  // the caseload's pages: 50 people (written into the text, D101), then 1 budget, 1 plan
  // version, 2 agreements and 10 ledger entries as parameters
  const pages = [1, 1, 2, 10];
  const values = slotLine
    .replace('-- parameters: ', '')
    .split(', ')
    .map((slot) => (slot === 'council' ? DEMO_COUNCIL.id : pages.shift()));
  return { text: text.join('\n').replace('{page0}', '50'), values };
}

/**
 * Isolating (D105): the compiled caseload with its audit row written by the same statement, the
 * ids of each level read back out of the answer's positional JSON. What one statement per page
 * read would cost PostgreSQL, against the read and its separate audit INSERT below.
 */
function auditedFromItsJson() {
  const { text, values } = compiledCaseload();
  const ids = (path: string) => `ARRAY(SELECT (x->>0)::uuid FROM ${path})`;
  const levels: [string, string][] = [
    ['Person', 'json_array_elements(a.c0) x'],
    ['PersonalBudget', 'json_array_elements(a.c0) p, json_array_elements(p->3) x'],
    [
      'BudgetDeployment',
      'json_array_elements(a.c0) p, json_array_elements(p->3) b, json_array_elements(b->2) x',
    ],
    ['SupportPlan', 'json_array_elements(a.c0) p, json_array_elements(p->4) x'],
    [
      'SupportPlanLine',
      'json_array_elements(a.c0) p, json_array_elements(p->4) b, json_array_elements(b->2) x',
    ],
    ['DirectPaymentAgreement', 'json_array_elements(a.c0) p, json_array_elements(p->5) x'],
    [
      'AccountTransaction',
      'json_array_elements(a.c0) p, json_array_elements(p->5) b, json_array_elements(b->1) x',
    ],
  ];
  const shown = levels.map(([entity, path]) => `('${entity}', ${ids(path)})`).join(',\n    ');
  return {
    name: 'isolating: the compiled read with its audit in the same statement (ids from its JSON)',
    text: `WITH answer AS MATERIALIZED (${text}),
audited AS (INSERT INTO ${AUDIT_LOG_INSERT_TARGET}
  SELECT $${values.length + 1}::uuid, 'staff:team-manager', 'READ', 'Caseload', e.entity, e.ids, 'OK', NULL, NULL, 'bench'
    FROM answer a, LATERAL (VALUES ${shown}) e(entity, ids) WHERE cardinality(e.ids) > 0)
SELECT c0 FROM answer`,
    values: [...values, DEMO_COUNCIL.id],
  };
}

const contenders: { name: string; text: string; values: readonly unknown[] }[] = [
  {
    name: 'compiled read (the API, D101)',
    ...compiledCaseload(),
  },
  auditedFromItsJson(),
  {
    name: 'floor (rows + positional JSON arrays)',
    text: CASELOAD_SQL,
    values: [DEMO_COUNCIL.id, 50],
  },
  {
    name: 'floor JSON in SQL (json_build_object/json_agg)',
    text: CASELOAD_JSON_SQL,
    values: [DEMO_COUNCIL.id, 50],
  },
  {
    name: 'index walks only (no answer built)',
    text: INDEX_WALKS_SQL,
    values: [DEMO_COUNCIL.id, 50],
  },
];

/**
 * The ids the compiled caseload shows, grouped by level (people, budgets, deployments, plans,
 * lines, agreements, ledger entries): each row of the statement's positional arrays begins with
 * its id, and its child pages are the arrays among its values (row-layout.ts).
 */
function idsByLevel(rows: unknown, level = 'Person', into = new Map<string, string[]>()) {
  for (const row of rows as unknown[][]) {
    const [id, ...values] = row;
    into.set(level, [...(into.get(level) ?? []), String(id)]);
    values.forEach((value, position) => {
      if (Array.isArray(value)) idsByLevel(value, `${level}.${position}`, into);
    });
  }
  return into;
}

/** The caseload's audit rows as the API writes them after answering it: one per level. */
function caseloadAudit(ids: Map<string, string[]>) {
  return auditInsert(
    [...ids].map(([entity, entityIds]) => ({
      actor: { councilId: DEMO_COUNCIL.id, subject: 'staff:team-manager', requestId: 'bench' },
      entry: { kind: 'READ', operation: 'Caseload', entity, entityIds, outcome: 'OK' },
    })),
  );
}

const started = new Date();
const database = await openBenchDatabase({
  externalUrl: undefined,
  scale: 'demo',
  seed: 1,
  rowLevelSecurity: true,
  log: (line) => console.log(line),
});
const databases = createTenantDatabases({
  databaseUrl: database.applicationUrl,
  poolSize: 1,
  tenancyKey: database.tenancyKey,
});
const client = await databases.forCouncil(DEMO_COUNCIL.id).pool.connect();
try {
  const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const backend = rows[0]?.pid ?? 0;
  // the isolating contender of the audit: the INSERT of the rows a caseload answer audits
  const compiled = contenders[0];
  const answer = await client.query<{ c0: unknown }>(compiled?.text ?? '', [
    ...(compiled?.values ?? []),
  ]);
  const ids = idsByLevel(answer.rows[0]?.c0 ?? []);
  const audit = caseloadAudit(ids);
  const shown = [...ids.values()].reduce((sum, level) => sum + level.length, 0);
  contenders.push({
    name: `the caseload's audit INSERT (${ids.size} rows, ${shown} ids)`,
    text: audit.text,
    values: audit.values,
  });
  // a write's own audit row (write-transaction.ts), in the two shapes its INSERT could take
  const written = await client.query<{ id: string }>(
    'SELECT id FROM person WHERE council_id = $1 LIMIT 1',
    [DEMO_COUNCIL.id],
  );
  const writeRow: AuditRow = {
    actor: { councilId: DEMO_COUNCIL.id, subject: 'staff:team-manager', requestId: 'bench' },
    entry: {
      kind: 'WRITE',
      operation: 'Create:Mutation.createPerson',
      entity: 'Person',
      entityIds: [written.rows[0]?.id ?? ''],
      outcome: 'OK',
    },
  };
  contenders.push(
    {
      name: "a write's audit row, unnest of one-element arrays (D112)",
      ...auditInsert([writeRow]),
    },
    { name: "a write's audit row, one VALUES row (auditRowInsert)", ...auditRowInsert(writeRow) },
  );
  const perRound = new Map<string, number[]>();
  for (let round = 0; round <= rounds; round++) {
    for (const [index, contender] of contenders.entries()) {
      const statement = {
        name: `cost_${index}`,
        text: contender.text,
        values: [...contender.values],
      };
      const before = cpuMilliseconds(backend);
      for (let i = 0; i < runs; i++) await client.query(statement);
      const perExecution = (cpuMilliseconds(backend) - before) / runs;
      // round 0 prepares and warms up
      if (round > 0)
        perRound.set(contender.name, [...(perRound.get(contender.name) ?? []), perExecution]);
    }
  }
  const machine = describeMachine();
  console.log(
    `\nstatement-cost, ${started.toISOString()}: ${rounds} rounds × ${runs} executions, demo scale, API login under row-level security; ${machine.cores} cores, ${machine.cpuModel}, Node.js ${machine.node}\n`,
  );
  console.log('| statement | PostgreSQL CPU ms per execution, median (min–max) |\n|---|---|');
  for (const [name, values] of perRound) {
    const sorted = [...values].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    console.log(
      `| ${name} | ${median.toFixed(2)} (${(sorted[0] ?? 0).toFixed(2)}–${(sorted.at(-1) ?? 0).toFixed(2)}) |`,
    );
  }
} finally {
  client.release();
  await databases.close();
  await database.stop();
}
process.exit(0);
