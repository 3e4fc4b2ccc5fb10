import { once } from 'node:events';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TenantDatabase, TenantDatabases } from '@openpb/db/tenant-databases';
import { csvLine } from '@openpb/domain/reporting/csv';
import type { Viewer } from '@openpb/graphql/context';
import { appendAuditEntries } from '../audit/audit-log-writer.ts';
import { authenticate } from '../auth/authenticate.ts';
import { createIdentityCheck, type IdentityCheck } from '../auth/identity-check.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import { requestIdOf } from '../http/request-id.ts';

export type ExportRoute = (
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
) => Promise<void>;

export interface ExportOptions {
  readonly verifyToken: TokenVerifier;
  /** The identity check of /graphql, so that both share one cache (identity-check.ts). */
  readonly identity?: IdentityCheck;
  /** The API's database: an export reads as the caller's council. */
  readonly databases: TenantDatabases;
  /** Rows read from the database at a time. */
  readonly batchSize?: number;
}

/** A CSV cell: text is made formula-safe (csv.ts); numbers are written as they are. */
export type ExportCell = string | number;

/** One CSV export: who may run it, its parameters, its header and its rows. */
export interface ExportSpec<P> {
  /** e.g. `GET /exports/cld.csv`: the audit rows' operation. */
  readonly operation: string;
  /** The audit rows' entity. */
  readonly entity: string;
  /** Any of these roles may run it (the GraphQL field's own). */
  readonly roles: readonly string[];
  /** The query string's parameters, or the problem for a 400. */
  parse(query: URLSearchParams): { ok: true; params: P } | { ok: false; problem: string };
  /** The parameters as `name=value …`, after the operation on the READ audit row. */
  describe(params: P): string;
  filename(params: P): string;
  readonly header: readonly string[];
  /** The header's column holding a person's id, to count distinct people on the audit row. */
  readonly personColumn?: number;
  rows(
    source: { tenant: TenantDatabase; viewer: Viewer; batchSize: number | undefined },
    params: P,
  ): AsyncIterable<readonly ExportCell[]>;
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
 * The one way an export is served (D69): a bearer token like /graphql (an active staff record
 * included), the spec's roles, the caller's council only, parameters checked (400 with the
 * problem), RFC 4180 CSV with formula-like text cells neutralised (csv.ts), streamed as the client
 * reads so memory stays flat. Audited (docs/access.md): every refusal after sign-in is a DENIAL
 * row; every export that starts writes one READ row when the stream ends (complete, aborted by
 * the client or failed) with the parameters in `operation` and the rows (and distinct people)
 * sent in `outcome`.
 */
export function createExportRunner(options: ExportOptions) {
  const authenticator = {
    verifyToken: options.verifyToken,
    identity: options.identity ?? createIdentityCheck({ databases: options.databases }),
    databases: options.databases,
  };
  return function exportRoute<P>(spec: ExportSpec<P>): ExportRoute {
    const deny = (viewer: Viewer, requestId: string, outcome: string) =>
      appendAuditEntries(
        options.databases.forCouncil(viewer.councilId).query,
        { ...viewer, requestId },
        [
          {
            kind: 'DENIAL',
            operation: spec.operation,
            entity: spec.entity,
            entityIds: [],
            outcome,
          },
        ],
      );
    return async (request, response, url) => {
      if (request.method !== 'GET') return refuse(response, 405, 'Use GET', { allow: 'GET' });
      // the HTTP server's id of the request (http-server.ts), as on the response
      const requestId = requestIdOf(request.headers['x-request-id']);
      const authentication = await authenticate(
        authenticator,
        request.headers.authorization,
        spec.operation,
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
      if (!viewer.roles.some((role) => spec.roles.includes(role))) {
        await deny(viewer, requestId, 'FORBIDDEN');
        return refuse(response, 403, 'Your role does not allow this');
      }
      const parsed = spec.parse(url.searchParams);
      if (!parsed.ok) {
        await deny(viewer, requestId, 'BAD_REQUEST');
        return refuse(response, 400, parsed.problem);
      }
      const { params } = parsed;
      const tenant = options.databases.forCouncil(viewer.councilId);
      let rows = 0;
      const people = new Set<string>();
      let audited = false;
      let failed = false;
      const auditExport = async (ending: 'OK' | 'ABORTED' | 'FAILED') => {
        if (audited) return;
        audited = true;
        const tally = spec.personColumn === undefined ? '' : ` people=${people.size}`;
        await appendAuditEntries(tenant.query, { ...viewer, requestId }, [
          {
            kind: 'READ',
            operation: `${spec.operation} ${spec.describe(params)}`,
            entity: spec.entity,
            entityIds: [],
            outcome: `${ending} rows=${rows}${tally}`,
          },
        ]);
      };
      try {
        response.writeHead(200, {
          'content-type': 'text/csv; charset=utf-8; header=present',
          'content-disposition': `attachment; filename="${spec.filename(params)}"`,
          'cache-control': 'no-store',
        });
        response.write(csvLine(spec.header));
        const source = { tenant, viewer, batchSize: options.batchSize };
        for await (const cells of spec.rows(source, params)) {
          if (response.destroyed) break;
          const written = response.write(csvLine(cells));
          // a row counts as sent once handed to the socket
          rows += 1;
          if (spec.personColumn !== undefined) people.add(String(cells[spec.personColumn]));
          if (!written) await writable(response);
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
        // a client that went away, or a stream that broke: how far it got
        await auditExport(failed ? 'FAILED' : 'ABORTED');
      }
    };
  };
}

/** Until the client takes more or goes away; neither listener outlives the wait. */
async function writable(response: ServerResponse): Promise<void> {
  const waited = new AbortController();
  const { signal } = waited;
  try {
    await Promise.race([once(response, 'drain', { signal }), once(response, 'close', { signal })]);
  } finally {
    waited.abort();
  }
}

/** The runner's route factory. */
export type ExportRunner = ReturnType<typeof createExportRunner>;
