import { recoverySummaryTotals } from '@openpb/db/reporting/recovery-summary';
import { MONEY_REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportCell, ExportRoute, ExportRunner } from './export-runner.ts';
import { asOfParam, parseReportQuery } from './report-export-params.ts';

const PARAMS = z.strictObject({ asOf: asOfParam });

/**
 * `GET /exports/recovery-summary.csv?asOf=YYYY-MM-DD`: Query.recoverySummary (same statement, same
 * roles) as one row per total: `section,key,recoveries,raised_pence,recovered_pence,outstanding_pence`.
 * Sections: `by_status` (key = status, in code-list order) and `ageing` (key = age band, open
 * recoveries only).
 */
export function createRecoverySummaryExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/recovery-summary.csv',
    entity: 'RecoverySummaryExport',
    roles: MONEY_REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ asOf }) => `asOf=${asOf}`,
    filename: ({ asOf }) => `recovery-summary-${asOf}.csv`,
    header: [
      'section',
      'key',
      'recoveries',
      'raised_pence',
      'recovered_pence',
      'outstanding_pence',
    ],
    rows: async function* ({ tenant, viewer }, { asOf }) {
      const totals = await recoverySummaryTotals(tenant.db, { councilId: viewer.councilId, asOf });
      const rows: ExportCell[][] = [
        ...totals.byStatus.map((row) => [
          'by_status',
          row.status,
          row.recoveries,
          row.raisedPence,
          row.recoveredPence,
          '',
        ]),
        ...totals.ageing.map((row) => [
          'ageing',
          row.bucket,
          row.recoveries,
          '',
          '',
          row.outstandingPence,
        ]),
      ];
      yield* rows;
    },
  });
}
