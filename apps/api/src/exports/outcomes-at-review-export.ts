import { outcomesAtReview } from '@openpb/db/reporting/outcomes-at-review';
import { ReviewReason } from '@openpb/domain/code-lists/review-reason';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { parseReportQuery, periodParams } from './report-export-params.ts';

/**
 * `GET /exports/outcomes-at-review.csv?from=YYYY-MM-DD&to=YYYY-MM-DD`: the byReason rows of
 * Query.outcomesAtReview (same statement, same roles), in review-reason order:
 * `reason,reviews,fully_met,partially_met,not_met,not_recorded` (the total is their sum).
 */
export function createOutcomesAtReviewExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/outcomes-at-review.csv',
    entity: 'OutcomesAtReviewExport',
    roles: REPORTING_ROLES,
    parse: (query) => parseReportQuery(periodParams, query),
    describe: ({ from, to }) => `from=${from} to=${to}`,
    filename: ({ from, to }) => `outcomes-at-review-${from}-${to}.csv`,
    header: ['reason', 'reviews', 'fully_met', 'partially_met', 'not_met', 'not_recorded'],
    rows: async function* ({ tenant, viewer }, { from, to }) {
      const rows = await outcomesAtReview(tenant.db, { councilId: viewer.councilId, from, to });
      for (const reason of ReviewReason.codes) {
        for (const row of rows.filter((candidate) => candidate.reason === reason)) {
          yield [
            row.reason,
            row.reviews,
            row.fullyMet,
            row.partiallyMet,
            row.notMet,
            row.notRecorded,
          ];
        }
      }
    },
  });
}
