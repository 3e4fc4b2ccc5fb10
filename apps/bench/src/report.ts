import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Machine } from './machine.ts';
import type { Measurement, SqlProbe } from './measure.ts';
import type { Operation } from './operations.ts';
import type { ShapeCheck } from './shape-check.ts';

export const BEGIN_MARKER =
  '<!-- bench:generated:begin (written by `pnpm bench`; edit above this line) -->';
export const END_MARKER = '<!-- bench:generated:end -->';
/** The floor's statements under row-level security (`pnpm bench` without --no-rls). */
export const CONFINED_FLOOR = 'floor RLS';
export const YOGA_FLOOR = 'floor via yoga';
/** The floor's statements of before, which build the whole JSON body in PostgreSQL. */
export const JSON_FLOOR = 'floor JSON in SQL';

export interface RunDescription {
  readonly command: string;
  readonly date: Date;
  readonly mode: string;
  readonly machine: Machine;
  readonly scale: string;
  readonly seed: number;
  readonly seeded: { councils: number; people: number; personalBudgets: number; rows: number };
  readonly seedSeconds: number | null;
  /** The most connections the API held to PostgreSQL after any of its timed cells. */
  readonly apiConnections: number | null;
  readonly database: string;
  readonly rounds: number;
  readonly seconds: number;
  readonly connections: readonly number[];
  readonly autocannon: string;
  readonly wallSeconds: number;
  readonly cpuProfileDir: string | undefined;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

const fixed = (value: number | undefined, digits = 1) =>
  value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits);
const ratio = (value: number, floor: number | undefined) =>
  floor === undefined || !floor || Number.isNaN(value) ? '—' : `${(value / floor).toFixed(2)}×`;

interface Summary {
  readonly rps: number;
  readonly rpsMin: number;
  readonly rpsMax: number;
  readonly p50: number;
  readonly p90: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly failedBodies: number;
  readonly requests: number;
  readonly cpuMs: number;
  readonly postgresCpuMs: number;
  readonly peakMiB: number;
}

/** Medians over the interleaved rounds; error counts are totals. */
function summarise(measurements: readonly Measurement[]): Summary | undefined {
  if (measurements.length === 0) return undefined;
  const rps = measurements.map((m) => m.requestsPerSecond);
  const sum = (pick: (m: Measurement) => number) =>
    measurements.reduce((total, m) => total + pick(m), 0);
  return {
    rps: median(rps),
    rpsMin: Math.min(...rps),
    rpsMax: Math.max(...rps),
    p50: median(measurements.map((m) => m.latencyMs.p50)),
    p90: median(measurements.map((m) => m.latencyMs.p90)),
    p99: median(measurements.map((m) => m.latencyMs.p99)),
    errors: sum((m) => m.errors),
    non2xx: sum((m) => m.non2xx),
    failedBodies: sum((m) => m.failedBodies),
    requests: sum((m) => m.requests),
    cpuMs: median(measurements.map((m) => m.cpuMsPerRequest)),
    postgresCpuMs: median(measurements.map((m) => m.postgresCpuMsPerRequest)),
    peakMiB: Math.max(...measurements.map((m) => m.peakMemoryMiB)),
  };
}

/** The generated section of BENCHMARKS.md. */
export function renderReport(
  run: RunDescription,
  operations: readonly Operation[],
  measurements: readonly Measurement[],
  probes: readonly SqlProbe[],
  checks: readonly ShapeCheck[],
): string {
  const { machine } = run;
  const lines: string[] = [
    `## Results of ${run.date.toISOString().slice(0, 10)} (${run.mode})`,
    '',
    `- Command: \`${run.command}\` (${Math.round(run.wallSeconds)} s wall clock)`,
    `- Date: ${run.date.toISOString()}`,
    `- Machine: ${machine.cores} cores (\`nproc\`), ${machine.cpuModel}, ${machine.memoryGiB.toFixed(1)} GiB memory, Linux ${machine.kernel}, Node.js ${machine.node}`,
    `- Data: synthetic scale \`${run.scale}\`, seed ${run.seed}: ${run.seeded.councils} council(s), ${run.seeded.people} people, ${run.seeded.personalBudgets} personal budgets${run.seedSeconds === null ? ' (a kept database, seeded before)' : `, ${run.seeded.rows} rows migrated, seeded and vacuumed in ${Math.round(run.seedSeconds)} s`}; tokens are for the demo council`,
    `- Database: ${run.database}${run.apiConnections === null ? '' : `; the API held at most ${run.apiConnections} connections to it (pg_stat_activity after each of its timed cells)`}`,
    `- Load: autocannon ${run.autocannon}, ${run.rounds} interleaved round(s) of ${run.seconds} s per operation, server and concurrency (${run.connections.join(', ')} connections); each round alternates which server goes first. Figures are medians over rounds; req/s also shows the range. Errors are totals.`,
    `- Servers: **API** = \`apps/api/dist/start.js\`, NODE_ENV=production, pool of 20, ES256 tokens verified against a JWKS on 127.0.0.1. **floor** = node:http + pg (pool of 20), one hand-written SQL statement per request, the cheapest for PostgreSQL shown for the answer (rows, lists as JSON arrays of positional arrays, shaped in Node.js), no GraphQL, no token check. **${JSON_FLOOR}** = the same floor with the statements that build the whole body with json_build_object/json_agg in PostgreSQL (the floor before D101). **${CONFINED_FLOOR}** = the same floor connected as the API is (its login, each connection naming the council), so its statement runs under row-level security: its ratio to the floor is what the second wall of tenancy costs PostgreSQL. **${YOGA_FLOOR}** = the floor's statement served through graphql-yoga with the API's schema (request parsed and validated, both cached; the floor's JSON parsed and serialised as the result), no token, audit or resolvers: its ratio to the floor is what the GraphQL server alone costs, the most any yoga API could reach.${run.cpuProfileDir ? ` API CPU profile written to \`${run.cpuProfileDir}\`.` : ''}`,
    '- Load generator, servers and PostgreSQL share the same cores, so absolute figures are low-fidelity; ratios within one run are the point.',
    '',
    'Same answer check (one request to each server, parsed JSON compared):',
    '',
    ...checks.map(
      (check) =>
        `- ${check.operation}: ${check.identical ? 'identical' : 'DIFFERENT'} — ${check.detail}`,
    ),
    '',
  ];
  const connections = [...new Set(measurements.map((m) => m.connections))].sort((a, b) => a - b);
  const pageSizes = operations
    .filter((op) => op.pageSize !== undefined)
    .sort((a, b) => (a.pageSize ?? 0) - (b.pageSize ?? 0));
  if (pageSizes.length > 0) {
    const lowest = Math.min(...probes.map((p) => p.connections));
    const probeOf = (key: string, target: string) =>
      probes.find((p) => p.operation === key && p.target === target && p.connections === lowest);
    lines.push(
      '### caseload by page size: SQL statements and rows per request',
      '',
      `Counted with \`pg_stat_statements\` over ${lowest === 1 ? 'one connection' : `${lowest} connections`} (fixed-count run, not timed). "Rows in the answer" counts the objects in the answer's lists (people, budgets, deployments, plans, plan lines, agreements, ledger entries): the least any server must read. The API's rows also include its one audit-log INSERT per request.`,
      '',
      '| people(first:) | rows in the answer | API statements / req | API rows / req | floor statements / req | floor rows (json rows) / req |',
      '|---:|---:|---:|---:|---:|---:|',
    );
    for (const op of pageSizes) {
      const api = probeOf(op.key, 'API');
      const floor = probeOf(op.key, 'floor');
      const check = checks.find((c) => c.operation === op.key);
      lines.push(
        `| ${op.pageSize} | ${check?.answerRows ?? 'n/a'} | ${fixed(api?.statementsPerRequest, 2)} | ${fixed(api?.rowsPerRequest, 1)} | ${fixed(floor?.statementsPerRequest, 2)} | ${fixed(floor?.rowsPerRequest, 1)} |`,
      );
    }
    lines.push('');
  }
  for (const operation of operations.filter((op) => !op.probeOnly)) {
    lines.push(`### ${operation.title}`, '');
    if (!operation.hasFloor) {
      lines.push('No floor written for this operation yet: absolute figures only.', '');
    }
    if (operation.write) {
      lines.push(
        "The floor does the mutation's INSERTs and UPDATEs (its row, its domain event, its audit row) in one transaction of prepared statements, nothing else (`apps/bench/src/floor-writes.ts`); floor RLS does the same connected as the API is, under row-level security; floor via yoga does it through graphql-yoga with the API's schema (the mutation parsed and validated, no token, audit or resolvers): the most any yoga API could reach for this write.",
        '',
      );
    }
    lines.push(
      '| conns | server | req/s (median, min–max) | req/s vs floor | p50 ms | p90 ms | p99 ms | p50 vs floor | errors / non-2xx / failed answers (of requests) | SQL statements / req | rows / req | server CPU ms / req | CPU vs floor | PostgreSQL CPU ms / req | PostgreSQL CPU vs floor | peak RSS MiB |',
      '|---:|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const conns of connections) {
      const of = (target: string) =>
        summarise(
          measurements.filter(
            (m) => m.operation === operation.key && m.connections === conns && m.target === target,
          ),
        );
      const floor = of('floor');
      for (const target of ['API', 'floor', JSON_FLOOR, CONFINED_FLOOR, YOGA_FLOOR]) {
        const summary = of(target);
        if (!summary) continue;
        const probe = probes.find(
          (p) => p.operation === operation.key && p.connections === conns && p.target === target,
        );
        const comparedWithFloor = target !== 'floor';
        lines.push(
          `| ${conns} | ${target} | ${fixed(summary.rps)} (${fixed(summary.rpsMin)}–${fixed(summary.rpsMax)}) | ${comparedWithFloor ? ratio(summary.rps, floor?.rps) : ''} | ${fixed(summary.p50)} | ${fixed(summary.p90)} | ${fixed(summary.p99)} | ${comparedWithFloor ? ratio(summary.p50, floor?.p50) : ''} | ${summary.errors} / ${summary.non2xx} / ${summary.failedBodies} (of ${summary.requests}) | ${fixed(probe?.statementsPerRequest, 2)} | ${fixed(probe?.rowsPerRequest, 1)} | ${fixed(summary.cpuMs, 2)} | ${comparedWithFloor ? ratio(summary.cpuMs, floor?.cpuMs) : ''} | ${fixed(summary.postgresCpuMs, 2)} | ${comparedWithFloor ? ratio(summary.postgresCpuMs, floor?.postgresCpuMs) : ''} | ${fixed(summary.peakMiB, 0)} |`,
        );
      }
    }
    lines.push('');
    if (operation.write) lines.push(...statementTimesOf(operation.key, probes));
  }
  lines.push(
    "How to read it: \"vs floor\" is API ÷ floor (req/s: higher is better, so 0.10× means the API serves a tenth of what the floor does; latency and CPU: lower is better, so 5× means five times the floor). SQL statements and rows per request come from `pg_stat_statements` over a separate fixed-count run at the same concurrency, after as many uncounted requests to warm the server up (every request answered before counting; BEGIN/COMMIT count as statements; rows are those returned or changed). Server CPU is user+system time of the server process from `/proc/<pid>/stat` over the timed run ÷ requests completed (PostgreSQL's own CPU is not included). PostgreSQL CPU is the user+system time of the postmaster and all its processes (backends, WAL writer, checkpointer; exited backends through the postmaster's cutime/cstime) over the same timed run ÷ requests completed: the contenders run one at a time, so it is that contender's cost to the database. Peak RSS is the process's VmHWM at the end of the run, i.e. the peak since it started. autocannon records latency in whole milliseconds, so sub-millisecond floor latencies read as 0 or 1.",
  );
  return lines.join('\n');
}

/**
 * Where each contender's statements spent PostgreSQL's execution time on a write, in the counted
 * run of the most requests (the highest concurrency's): what the PostgreSQL CPU column holds
 * beyond it is the protocol (parse, bind, one round trip a statement), commits and the database's
 * background work.
 */
function statementTimesOf(operation: string, probes: readonly SqlProbe[]): string[] {
  const ofOperation = probes.filter((p) => p.operation === operation);
  // no counted run without pg_stat_statements (DATABASE_URL's server may not load it)
  if (ofOperation.length === 0) return [];
  const counted = Math.max(...ofOperation.map((p) => p.connections));
  const lines = [
    `Statement execution (\`pg_stat_statements\` total_exec_time ÷ requests, the counted run at ${counted} connections; parse, bind, the protocol and commits are not in it), the six longest a contender:`,
    '',
  ];
  for (const probe of ofOperation.filter((p) => p.connections === counted)) {
    const total = probe.statementTimes.reduce((sum, s) => sum + s.executionMs, 0);
    const each = probe.statementTimes
      .filter((s) => s.executionMs > 0)
      .map(
        (s) =>
          `\`${s.statement.replaceAll('`', "'")}…\` ${fixed((1000 * s.executionMs) / probe.requests, 0)} µs (×${fixed(s.calls / probe.requests, 2)})`,
      );
    lines.push(
      `- ${probe.target}: ${fixed((1000 * total) / probe.requests, 0)} µs a request — ${each.join('; ')}`,
    );
  }
  return [...lines, ''];
}

/** Replaces the generated section of the file, keeping the hand-written notes above it. */
export function writeReport(path: string, section: string): void {
  const generated = `${BEGIN_MARKER}\n\n${section}\n\n${END_MARKER}\n`;
  const current = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  const begin = current.indexOf(BEGIN_MARKER);
  const end = current.indexOf(END_MARKER);
  const next =
    begin >= 0 && end > begin
      ? `${current.slice(0, begin)}${generated}${current.slice(end + END_MARKER.length).replace(/^\n/, '')}`
      : `${current.trimEnd()}\n\n${generated}`;
  writeFileSync(path, next);
}
