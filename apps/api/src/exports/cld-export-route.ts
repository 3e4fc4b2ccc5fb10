import { streamCldEvents } from '@openpb/db/reporting/cld-event-stream';
import { CLD_FIELDS, cldRow, cldRowValues } from '@openpb/domain/reporting/cld-row';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { parseCldExportParams } from './cld-export-params.ts';
import type { ExportRoute, ExportRunner } from './export-runner.ts';

/**
 * `GET /exports/cld.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&release=R1|R2`: the caller's council's
 * Adult Social Care Client Level Data submission for the period, one row per event (domain.md
 * §3.1), code values in the release's labels (R2 by default). Team managers, council
 * administrators and auditors. Served by the export runner (sign-in, role, audit, formula-safe
 * CSV, streaming: export-runner.ts); rows come from a PostgreSQL cursor on one of the council's
 * connections, held while the export streams.
 */
export function createCldExportRoute(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/cld.csv',
    entity: 'CldExport',
    roles: REPORTING_ROLES,
    parse: parseCldExportParams,
    describe: ({ from, to, release }) => `from=${from} to=${to} release=${release}`,
    filename: ({ from, to, release }) => `cld-${from}-${to}-${release}.csv`,
    header: CLD_FIELDS,
    personColumn: CLD_FIELDS.indexOf('LA_Person_Unique_Identifier'),
    rows: async function* ({ tenant, viewer, batchSize }, { from, to, release }) {
      const submission = { release, periodStart: from, periodEnd: to };
      const client = await tenant.pool.connect();
      try {
        const events = streamCldEvents(
          client,
          { councilId: viewer.councilId, from, to },
          batchSize,
        );
        for await (const event of events) yield cldRowValues(cldRow(event, submission));
      } finally {
        client.release();
      }
    },
  });
}
