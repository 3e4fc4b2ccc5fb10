import type { KeysetPage } from '@openpb/db/reporting/keyset';
import {
  type OverdueReviewPosition,
  overdueReviewsPage,
} from '@openpb/db/reporting/overdue-reviews';
import {
  OVERDUE_REVIEW_KINDS,
  overdueReviewIntervals,
} from '@openpb/domain/reporting/overdue-review';
import { councilPolicyOn } from '@openpb/graphql/council-policy';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { asOfParam, parseReportQuery } from './report-export-params.ts';
import { reportListRows } from './report-list-rows.ts';

const PARAMS = z.strictObject({
  asOf: asOfParam,
  kind: z
    .enum(OVERDUE_REVIEW_KINDS, `kind must be one of ${OVERDUE_REVIEW_KINDS.join(', ')}`)
    .optional(),
});

/**
 * `GET /exports/reviews-overdue.csv?asOf=YYYY-MM-DD&kind=…`: the rows of Query.reviewsOverdue
 * (same SQL, same order, same roles, the council's policy on the date), dates as ISO dates.
 */
export function createReviewsOverdueExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/reviews-overdue.csv',
    entity: 'ReviewsOverdueExport',
    roles: REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ asOf, kind }) => `asOf=${asOf} kind=${kind ?? ''}`,
    filename: ({ asOf }) => `reviews-overdue-${asOf}.csv`,
    header: [
      'person_id',
      'kind',
      'due_date',
      'days_overdue',
      'last_review_date',
      'support_plan_id',
      'direct_payment_agreement_id',
    ],
    personColumn: 0,
    rows: async function* ({ tenant, viewer, batchSize }, { asOf, kind }) {
      const councilId = viewer.councilId;
      const policy = await councilPolicyOn(tenant.db, councilId, asOf);
      const where = {
        councilId,
        asOf,
        kinds: kind ? [kind] : OVERDUE_REVIEW_KINDS,
        intervals: overdueReviewIntervals(policy),
      };
      const rows = reportListRows(
        (page: KeysetPage<OverdueReviewPosition>) => overdueReviewsPage(tenant.db, where, page),
        (row) => ({ dueDate: row.dueDate, kind: row.kind, subjectId: row.subjectId }),
        batchSize,
      );
      for await (const row of rows) {
        yield [
          row.personId,
          row.kind,
          row.dueDate,
          row.daysOverdue,
          row.lastReviewDate ?? '',
          row.planId ?? '',
          row.agreementId ?? '',
        ];
      }
    },
  });
}
