import { councilSummaryTotals } from '@openpb/db/reporting/council-summary';
import { MONEY_REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportCell, ExportRoute, ExportRunner } from './export-runner.ts';
import { asOfParam, parseReportQuery } from './report-export-params.ts';

const PARAMS = z.strictObject({ asOf: asOfParam });

/**
 * `GET /exports/council-summary.csv?asOf=YYYY-MM-DD`: Query.councilSummary (same statements, same
 * roles) as one row per figure: `section,key,count,total_pence,mean_pence,median_pence`.
 * Sections: `year_start` (key = 1 April of the financial year), `committed`, `paid`, `spent`
 * (totals), `spend_by_category` (key = category, '' uncategorised; count = entries),
 * `indicative_variance` (key = primary support reason; count = budgets; total, mean and median
 * variance), `weekly_budget_by_reason` and `weekly_budget_by_deployment_mode` (count = budgets or
 * deployments; total_pence = the annual amounts added up, mean_pence = the average WEEKLY amount).
 */
export function createCouncilSummaryExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/council-summary.csv',
    entity: 'CouncilSummaryExport',
    roles: MONEY_REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ asOf }) => `asOf=${asOf}`,
    filename: ({ asOf }) => `council-summary-${asOf}.csv`,
    header: ['section', 'key', 'count', 'total_pence', 'mean_pence', 'median_pence'],
    rows: async function* ({ tenant, viewer }, { asOf }) {
      const summary = await councilSummaryTotals(tenant.db, { councilId: viewer.councilId, asOf });
      const rows: ExportCell[][] = [
        ['year_start', summary.yearStart, '', '', '', ''],
        ['committed', '', '', summary.committedPence, '', ''],
        ['paid', '', '', summary.paidPence, '', ''],
        ['spent', '', '', summary.spentPence, '', ''],
        ...summary.spendByCategory.map((row) => [
          'spend_by_category',
          row.category ?? '',
          row.entries,
          row.spentPence,
          '',
          '',
        ]),
        ...summary.indicativeVariance.map((row) => [
          'indicative_variance',
          row.primarySupportReason,
          row.budgets,
          row.totalVariancePence,
          row.meanVariancePence,
          row.medianVariancePence,
        ]),
        ...summary.averageWeeklyByReason.map((row) => [
          'weekly_budget_by_reason',
          row.key,
          row.count,
          row.totalAnnualPence,
          row.averageWeeklyPence,
          '',
        ]),
        ...summary.averageWeeklyByMode.map((row) => [
          'weekly_budget_by_deployment_mode',
          row.key,
          row.count,
          row.totalAnnualPence,
          row.averageWeeklyPence,
          '',
        ]),
      ];
      yield* rows;
    },
  });
}
