import { waitingTimeTotals } from '@openpb/db/reporting/waiting-times';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { parseReportQuery, periodParams } from './report-export-params.ts';

/**
 * `GET /exports/waiting-times.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`: Query.waitingTimes (same
 * statement, same roles) as `stage,people,median_days,percentile_90_days`: stage `requests`
 * (people with a request in the period), `request_to_assessment`, `assessment_to_service`.
 */
export function createWaitingTimesExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/waiting-times.csv',
    entity: 'WaitingTimesExport',
    roles: REPORTING_ROLES,
    parse: (query) => parseReportQuery(periodParams, query),
    describe: ({ from, to }) => `from=${from} to=${to}`,
    filename: ({ from, to }) => `waiting-times-${from}-${to}.csv`,
    header: ['stage', 'people', 'median_days', 'percentile_90_days'],
    rows: async function* ({ tenant, viewer }, { from, to }) {
      const totals = await waitingTimeTotals(tenant.db, { councilId: viewer.councilId, from, to });
      yield ['requests', totals.people, '', ''];
      for (const [stage, wait] of [
        ['request_to_assessment', totals.requestToAssessment],
        ['assessment_to_service', totals.assessmentToService],
      ] as const) {
        yield [stage, wait.people, wait.medianDays ?? '', wait.percentile90Days ?? ''];
      }
    },
  });
}
