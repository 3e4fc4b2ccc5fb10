import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { streamCldEvents } from '@openpb/db/reporting/cld-event-stream';
import type { TenantDatabases } from '@openpb/db/tenant-databases';
import { CLD_FIELDS, cldRow, cldRowValues } from '@openpb/domain/reporting/cld-row';
import { csvLine } from '@openpb/domain/reporting/csv';
import type { Viewer } from '@openpb/graphql/context';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { appendAuditEntries } from '../audit/audit-log-writer.ts';
import { authenticate } from '../auth/authenticate.ts';
import { createIdentityCheck, type IdentityCheck } from '../auth/identity-check.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import { requestIdOf } from '../http/request-id.ts';
import { parseCldExportParams } from './cld-export-params.ts';

export type ExportRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => Promise<void>;

export interface CldExportOptions {
  readonly verifyToken: TokenVerifier;
  /** The identity check of /graphql, so that both share one cache (identity-check.ts). */
  readonly identity?: IdentityCheck;
  /** The API's database: the export holds one of the council's connections while it streams. */
  readonly databases: TenantDatabases;
  /** Rows read from the cursor at a time. */
  readonly batchSize?: number;
}

const OPERATION = 'GET /exports/cld.csv';

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
 * (domain.md §3.1), code values in the release's labels (R2 by default), formula-like text cells
 * neutralised (csv.ts). It needs a bearer token like /graphql (an active staff record included)
 * and the role of team manager, council administrator or auditor. Rows are streamed from a
 * PostgreSQL cursor and written as the client reads them, so memory stays flat.
 *
 * Audited (docs/access.md): every refusal is a DENIAL row; every export that starts writes one
 * READ row when the stream ends (complete, aborted by the client or failed) with the period and
 * release in `operation` and the rows and distinct people sent in `outcome`.
 */
export function createCldExportRoute(options: CldExportOptions): ExportRoute {
  const authenticator = {
    verifyToken: options.verifyToken,
    identity: options.identity ?? createIdentityCheck({ databases: options.databases }),
    databases: options.databases,
  };
  const deny = (viewer: Viewer, requestId: string, outcome: string) =>
    appendAuditEntries(
      options.databases.forCouncil(viewer.councilId).query,
      { ...viewer, requestId },
      [{ kind: 'DENIAL', operation: OPERATION, entity: 'CldExport', entityIds: [], outcome }],
    );
  return async (request, response, url) => {
    if (request.method !== 'GET') return refuse(response, 405, 'Use GET', { allow: 'GET' });
    // the HTTP server's id of the request (http-server.ts), as on the response
    const requestId = requestIdOf(request.headers['x-request-id']);
    const authentication = await authenticate(
      authenticator,
      request.headers.authorization,
      OPERATION,
      requestId,
    );
    if (!authentication.ok) {
      return authentication.status === 401
        ? refuse(response, 401, 'A valid bearer token is required', {
            'www-authenticate': 'Bearer',
          })
        : refuse(response, 403, 'You have no active record in this council');
    }
    const { viewer } = authentication;
    if (!viewer.roles.some((role) => (REPORTING_ROLES as readonly string[]).includes(role))) {
      await deny(viewer, requestId, 'FORBIDDEN');
      return refuse(response, 403, 'Your role does not allow this');
    }
    const parsed = parseCldExportParams(url.searchParams);
    if (!parsed.ok) {
      await deny(viewer, requestId, 'BAD_REQUEST');
      return refuse(response, 400, parsed.problem);
    }
    const { from, to, release } = parsed.params;
    const submission = { release, periodStart: from, periodEnd: to };
    const tenant = options.databases.forCouncil(viewer.councilId);
    let rows = 0;
    const people = new Set<string>();
    let audited = false;
    let failed = false;
    const auditExport = async (ending: 'OK' | 'ABORTED' | 'FAILED') => {
      if (audited) return;
      audited = true;
      await appendAuditEntries(tenant.query, { ...viewer, requestId }, [
        {
          kind: 'READ',
          operation: `${OPERATION} from=${from} to=${to} release=${release}`,
          entity: 'CldExport',
          entityIds: [],
          outcome: `${ending} rows=${rows} people=${people.size}`,
        },
      ]);
    };
    const client = await tenant.pool.connect();
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
        const row = cldRow(event, submission);
        const written = response.write(csvLine(cldRowValues(row)));
        // a row counts as sent once handed to the socket
        rows += 1;
        people.add(row.LA_Person_Unique_Identifier);
        if (!written) await Promise.race([once(response, 'drain'), once(response, 'close')]);
      }
      if (!response.destroyed) {
        // stored before the last byte leaves, so a complete download always has its audit row
        await auditExport('OK');
        response.end();
      }
    } catch (error) {
      failed = true;
      // the status line is sent: a broken stream is all the client can be told
      response.destroy(error instanceof Error ? error : undefined);
    } finally {
      client.release();
      // a client that went away, or a stream that broke: how far it got
      await auditExport(failed ? 'FAILED' : 'ABORTED');
    }
  };
}
