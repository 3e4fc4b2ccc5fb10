import { caseloadByQualification } from '@openpb/db/reporting/caseload-by-qualification';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { asOfParam, parseReportQuery } from './report-export-params.ts';

const PARAMS = z.strictObject({ asOf: asOfParam });

/**
 * `GET /exports/caseload-by-qualification.csv?asOf=YYYY-MM-DD`: Query.caseloadByQualification
 * (same statement, same order, same roles), one row per qualification:
 * `qualification,workers,open_cases,fte,cases_per_fte` (FTE and cases per FTE to two decimal
 * places; cases per FTE empty when the FTE is 0).
 */
export function createCaseloadByQualificationExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/caseload-by-qualification.csv',
    entity: 'CaseloadByQualificationExport',
    roles: REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ asOf }) => `asOf=${asOf}`,
    filename: ({ asOf }) => `caseload-by-qualification-${asOf}.csv`,
    header: ['qualification', 'workers', 'open_cases', 'fte', 'cases_per_fte'],
    rows: async function* ({ tenant, viewer }, { asOf }) {
      const rows = await caseloadByQualification(tenant.db, {
        councilId: viewer.councilId,
        on: asOf,
      });
      for (const row of rows) {
        yield [
          row.qualification,
          row.workers,
          row.openCases,
          String(row.fteHundredths / 100),
          row.casesPerFte === null ? '' : String(row.casesPerFte),
        ];
      }
    },
  });
}
