import {
  type AllocationPosition,
  complexCasesWithoutQualifiedWorkerPage,
} from '@openpb/db/reporting/complex-cases-without-qualified-worker';
import type { KeysetPage } from '@openpb/db/reporting/keyset';
import { councilPolicyOn } from '@openpb/graphql/council-policy';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { asOfParam, parseReportQuery } from './report-export-params.ts';
import { reportListRows } from './report-list-rows.ts';

const PARAMS = z.strictObject({ asOf: asOfParam });

/**
 * `GET /exports/complex-cases-without-qualified-worker.csv?asOf=YYYY-MM-DD`: the rows of
 * Query.complexCasesWithoutQualifiedWorker (same SQL, same order, same roles, the qualifications
 * the council's policy accepts on the date).
 */
export function createComplexCasesExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/complex-cases-without-qualified-worker.csv',
    entity: 'ComplexCasesExport',
    roles: REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ asOf }) => `asOf=${asOf}`,
    filename: ({ asOf }) => `complex-cases-without-qualified-worker-${asOf}.csv`,
    header: [
      'allocation_id',
      'person_id',
      'staff_id',
      'from_date',
      'high_complexity',
      'open_safeguarding_concern',
    ],
    personColumn: 1,
    rows: async function* ({ tenant, viewer, batchSize }, { asOf }) {
      const councilId = viewer.councilId;
      const policy = await councilPolicyOn(tenant.db, councilId, asOf);
      const where = {
        councilId,
        on: asOf,
        qualifying: policy.qualificationRules.qualifyingQualifications,
      };
      const rows = reportListRows(
        (page: KeysetPage<AllocationPosition>) =>
          complexCasesWithoutQualifiedWorkerPage(tenant.db, where, page),
        (row) => ({ fromDate: row.fromDate, allocationId: row.allocationId }),
        batchSize,
      );
      for await (const row of rows) {
        yield [
          row.allocationId,
          row.personId,
          row.staffId,
          row.fromDate,
          String(row.highComplexity),
          String(row.openSafeguardingConcern),
        ];
      }
    },
  });
}
