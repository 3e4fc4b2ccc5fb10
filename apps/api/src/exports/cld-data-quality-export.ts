import {
  type CldQualityFailurePosition,
  cldDataQualityPage,
} from '@openpb/db/reporting/cld-data-quality-page';
import type { KeysetPage } from '@openpb/db/reporting/keyset';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { parseCldExportParams } from './cld-export-params.ts';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { reportListRows } from './report-list-rows.ts';

/**
 * `GET /exports/cld-data-quality.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&release=R1|R2`: every row of
 * Query.cldDataQuality for the period (every rule; same SQL, order, roles and period rules as
 * the CLD return): `event_type,event_reference,rule,field,severity,message`.
 */
export function createCldDataQualityExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/cld-data-quality.csv',
    entity: 'CldDataQualityExport',
    roles: REPORTING_ROLES,
    parse: parseCldExportParams,
    describe: ({ from, to, release }) => `from=${from} to=${to} release=${release}`,
    filename: ({ from, to, release }) => `cld-data-quality-${from}-${to}-${release}.csv`,
    header: ['event_type', 'event_reference', 'rule', 'field', 'severity', 'message'],
    rows: async function* ({ tenant, viewer, batchSize }, { from, to, release }) {
      const where = { councilId: viewer.councilId, from, to };
      const filter = { release, rulePositions: null };
      const rows = reportListRows(
        (page: KeysetPage<CldQualityFailurePosition>) =>
          cldDataQualityPage(tenant.db, where, filter, page),
        (row) => ({
          eventType: row.eventType,
          eventReference: row.eventReference,
          rulePosition: row.rulePosition,
        }),
        batchSize,
      );
      for await (const row of rows) {
        const { rule } = row;
        yield [
          row.eventType,
          row.eventReference,
          rule.code,
          rule.field,
          rule.severity,
          rule.message,
        ];
      }
    },
  });
}
