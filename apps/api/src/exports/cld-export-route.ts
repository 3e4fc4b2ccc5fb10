import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { streamCldEvents } from '@openpb/db/reporting/cld-event-stream';
import type { TenantDatabases } from '@openpb/db/tenant-databases';
import { CLD_FIELDS, cldRow, cldRowValues } from '@openpb/domain/reporting/cld-row';
import { csvLine } from '@openpb/domain/reporting/csv';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import { bearerViewer } from './bearer-viewer.ts';
import { parseCldExportParams } from './cld-export-params.ts';

export type ExportRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => Promise<void>;

export interface CldExportOptions {
  readonly verifyToken: TokenVerifier;
  /** The API's database: the export holds one of the council's connections while it streams. */
  readonly databases: TenantDatabases;
  /** Rows read from the cursor at a time. */
  readonly batchSize?: number;
}

function refuse(response: ServerResponse, status: number, error: string, headers = {}) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify({ error }));
}

/**
 * `GET /exports/cld.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&release=R1|R2`: the caller's council's
 * Adult Social Care Client Level Data submission for the period as RFC 4180 CSV, one row per event
 * (domain.md §3.1), code values in the release's labels (R2 by default). It needs a bearer token
 * like /graphql and the role of team manager, council administrator or auditor. Rows are streamed
 * from a PostgreSQL cursor and written as the client reads them, so memory stays flat.
 */
export function createCldExportRoute(options: CldExportOptions): ExportRoute {
  return async (request, response, url) => {
    if (request.method !== 'GET') return refuse(response, 405, 'Use GET', { allow: 'GET' });
    const viewer = await bearerViewer(request, options.verifyToken);
    if (!viewer) {
      return refuse(response, 401, 'A valid bearer token is required', {
        'www-authenticate': 'Bearer',
      });
    }
    if (!viewer.roles.some((role) => (REPORTING_ROLES as readonly string[]).includes(role))) {
      return refuse(response, 403, 'Your role does not allow this');
    }
    const parsed = parseCldExportParams(url.searchParams);
    if (!parsed.ok) return refuse(response, 400, parsed.problem);
    const { from, to, release } = parsed.params;
    const submission = { release, periodStart: from, periodEnd: to };
    const client = await options.databases.forCouncil(viewer.councilId).pool.connect();
    try {
      response.writeHead(200, {
        'content-type': 'text/csv; charset=utf-8; header=present',
        'content-disposition': `attachment; filename="cld-${from}-${to}-${release}.csv"`,
        'cache-control': 'no-store',
      });
      response.write(csvLine(CLD_FIELDS));
      const events = streamCldEvents(
        client,
        { councilId: viewer.councilId, from, to },
        options.batchSize,
      );
      for await (const event of events) {
        if (response.destroyed) break;
        if (!response.write(csvLine(cldRowValues(cldRow(event, submission))))) {
          await Promise.race([once(response, 'drain'), once(response, 'close')]);
        }
      }
      response.end();
    } catch (error) {
      // the status line is sent: a broken stream is all the client can be told
      response.destroy(error instanceof Error ? error : undefined);
    } finally {
      client.release();
    }
  };
}
