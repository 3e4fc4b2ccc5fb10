import type { KeysetPage } from '@openpb/db/reporting/keyset';
import { type RecoveryPosition, recoveriesByAgePage } from '@openpb/db/reporting/recoveries-by-age';
import { MONEY_REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { asOfParam, countParam, parseReportQuery } from './report-export-params.ts';
import { reportListRows } from './report-list-rows.ts';

const PARAMS = z.strictObject({ asOf: asOfParam, olderThanDays: countParam('olderThanDays') });

/**
 * `GET /exports/recoveries.csv?asOf=YYYY-MM-DD&olderThanDays=N`: the rows of Query.recoveries
 * (same SQL, same order, same roles; every status), money in pence, dates as ISO dates.
 */
export function createRecoveriesExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/recoveries.csv',
    entity: 'RecoveriesExport',
    roles: MONEY_REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ asOf, olderThanDays }) => `asOf=${asOf} olderThanDays=${olderThanDays ?? ''}`,
    filename: ({ asOf }) => `recoveries-${asOf}.csv`,
    header: ['recovery_id', 'raised_date', 'age_days', 'outstanding_pence', 'status_as_of'],
    rows: async function* ({ tenant, viewer, batchSize }, { asOf, olderThanDays }) {
      const where = { councilId: viewer.councilId, asOf, status: null, olderThanDays };
      const rows = reportListRows(
        (page: KeysetPage<RecoveryPosition>) => recoveriesByAgePage(tenant.db, where, page),
        (row) => ({ raisedDate: row.raisedDate, recoveryId: row.recoveryId }),
        batchSize,
      );
      for await (const row of rows) {
        yield [row.recoveryId, row.raisedDate, row.ageDays, row.outstandingPence, row.statusAsOf];
      }
    },
  });
}
