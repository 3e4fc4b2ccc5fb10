import { cldDataQualityCounts } from '@openpb/db/reporting/cld-data-quality-counts';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { parseCldExportParams } from './cld-export-params.ts';
import type { ExportRoute, ExportRunner } from './export-runner.ts';

/**
 * `GET /exports/cld-submission-readiness.csv?from=YYYY-MM-DD&to=YYYY-MM-DD&release=R1|R2`:
 * Query.cldSubmissionReadiness (same counts, same roles and period rules as the CLD return) as
 * `section,rule,field,severity,count`: `events` and `events_with_errors` (the submission can go
 * when the latter is 0), then one `failing_check` row per check some event fails, in check order.
 */
export function createCldSubmissionReadinessExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/cld-submission-readiness.csv',
    entity: 'CldSubmissionReadinessExport',
    roles: REPORTING_ROLES,
    parse: parseCldExportParams,
    describe: ({ from, to, release }) => `from=${from} to=${to} release=${release}`,
    filename: ({ from, to, release }) => `cld-submission-readiness-${from}-${to}-${release}.csv`,
    header: ['section', 'rule', 'field', 'severity', 'count'],
    rows: async function* ({ tenant, viewer }, { from, to, release }) {
      const counts = await cldDataQualityCounts(
        tenant.db,
        { councilId: viewer.councilId, from, to },
        release,
      );
      yield ['events', '', '', '', counts.events];
      yield ['events_with_errors', '', '', '', counts.eventsWithErrors];
      for (const { rule, failures } of counts.rules) {
        if (failures > 0) yield ['failing_check', rule.code, rule.field, rule.severity, failures];
      }
    },
  });
}
