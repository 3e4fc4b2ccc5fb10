import autocannon from 'autocannon';
import type { Operation } from './operations.ts';
import type { PostgresCpu } from './postgres-cpu.ts';
import { cpuMilliseconds, peakMemoryMiB } from './process-stats.ts';
import type { ServerProcess } from './server-process.ts';
import type { SqlStats, StatementTime } from './sql-stats.ts';

export interface Measurement {
  readonly operation: string;
  readonly target: string;
  readonly connections: number;
  readonly round: number;
  readonly seconds: number;
  readonly requests: number;
  readonly requestsPerSecond: number;
  readonly latencyMs: { readonly p50: number; readonly p90: number; readonly p99: number };
  /** Socket errors and timeouts. */
  readonly errors: number;
  readonly non2xx: number;
  /** 2xx responses whose body is not a successful answer (GraphQL errors, typed mutation errors). */
  readonly failedBodies: number;
  readonly cpuMsPerRequest: number;
  /** PostgreSQL's CPU over the timed run ÷ requests completed (NaN when it is not on this machine). */
  readonly postgresCpuMsPerRequest: number;
  /** The server's peak resident memory so far (VmHWM). */
  readonly peakMemoryMiB: number;
}

export interface SqlProbe {
  readonly operation: string;
  readonly target: string;
  readonly connections: number;
  readonly requests: number;
  readonly statementsPerRequest: number;
  readonly rowsPerRequest: number;
  /** The statements that took PostgreSQL the most execution time in the counted run. */
  readonly statementTimes: readonly StatementTime[];
  readonly failed: number;
}

interface LoadOptions {
  readonly server: ServerProcess;
  readonly operation: Operation;
  readonly connections: number;
  readonly token: string;
}

async function load(options: LoadOptions, limit: { seconds: number } | { amount: number }) {
  const { operation } = options;
  let sent = 0;
  let failedBodies = 0;
  const result = await autocannon({
    url: options.server.url,
    connections: options.connections,
    ...('seconds' in limit ? { duration: limit.seconds } : { amount: limit.amount }),
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: operation.body(sent++) }),
        onResponse: (status, body) => {
          if (status >= 200 && status < 300 && !operation.succeeded(body)) failedBodies++;
        },
      },
    ],
  });
  return { result, failedBodies };
}

/** Timed load on one server for one operation; reads the server's CPU time and memory around it. */
export async function measure(
  options: LoadOptions & {
    readonly seconds: number;
    readonly round: number;
    readonly postgresCpu: PostgresCpu | null;
  },
): Promise<Measurement> {
  const { server, postgresCpu } = options;
  const cpuBefore = cpuMilliseconds(server.pid);
  const postgresBefore = postgresCpu?.milliseconds() ?? Number.NaN;
  const { result, failedBodies } = await load(options, { seconds: options.seconds });
  const cpuAfter = cpuMilliseconds(server.pid);
  const postgresAfter = postgresCpu?.milliseconds() ?? Number.NaN;
  const requests = result.requests.total;
  return {
    operation: options.operation.key,
    target: server.name,
    connections: options.connections,
    round: options.round,
    seconds: result.duration,
    requests,
    requestsPerSecond: requests / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99 },
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
    failedBodies,
    cpuMsPerRequest: requests > 0 ? (cpuAfter - cpuBefore) / requests : Number.NaN,
    postgresCpuMsPerRequest:
      requests > 0 ? (postgresAfter - postgresBefore) / requests : Number.NaN,
    peakMemoryMiB: peakMemoryMiB(server.pid),
  };
}

/**
 * A fixed number of requests at the given concurrency, every one answered before the counts are
 * read, so statements and rows per request are exact (a timed run would also count the work of
 * requests still in flight when it stops). The same number first warms the server up uncounted,
 * so that what a server does once (open its pool's connections, make each one prove its
 * council) is not counted as every request's; it doubles as the timed rounds' warm-up.
 */
export async function probeSql(
  options: LoadOptions & { readonly amount: number; readonly sqlStats: SqlStats },
): Promise<SqlProbe> {
  await load(options, { amount: options.amount });
  await options.sqlStats.reset();
  const { result, failedBodies } = await load(options, { amount: options.amount });
  const counts = await options.sqlStats.read();
  const statementTimes = await options.sqlStats.statementTimes(6);
  const requests = result.requests.total;
  return {
    operation: options.operation.key,
    target: options.server.name,
    connections: options.connections,
    requests,
    statementsPerRequest: counts.statements / requests,
    rowsPerRequest: counts.rows / requests,
    statementTimes,
    failed: result.errors + result.timeouts + result.non2xx + failedBodies,
  };
}
