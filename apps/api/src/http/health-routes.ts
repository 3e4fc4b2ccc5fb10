import type { Readiness } from '@openpb/db/readiness';
import { sqlReadCounts } from '@openpb/graphql/sql-reads/fallback';
import type { Route } from './route.ts';
import { sendJson } from './send-json.ts';

/**
 * Probes for an orchestrator: `GET /health/live` answers while the process serves requests;
 * `GET /health/ready` only when the database answers and its migrations are current (503 with the
 * problem otherwise, so a load balancer stops sending requests until it recovers). `/healthz` is
 * the old name of liveness, kept for existing probes. `GET /health/sql-reads` counts the queries
 * the compiled read answered and those it left to the resolvers, by reason (D80): counts only.
 */
export function createHealthRoutes(
  readiness: () => Promise<Readiness>,
): ReadonlyMap<string, Route> {
  const live: Route = (_request, response) => sendJson(response, 200, { status: 'ok' });
  const ready: Route = async (_request, response) => {
    const state = await readiness();
    return state.ready
      ? sendJson(response, 200, { status: 'ready' })
      : sendJson(
          response,
          503,
          { status: 'not_ready', problem: state.problem },
          { 'retry-after': '2' },
        );
  };
  return new Map([
    ['/health/live', live],
    ['/healthz', live],
    ['/health/ready', ready],
    ['/health/sql-reads', (_request, response) => sendJson(response, 200, sqlReadCounts())],
  ]);
}
