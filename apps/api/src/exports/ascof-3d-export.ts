import { ascof3dCrossCounts } from '@openpb/db/reporting/ascof-3d-counts';
import { compareDates, financialYearOf } from '@openpb/domain/dates';
import { ASCOF_AGE_BANDS } from '@openpb/domain/reporting/ascof-3d';
import { ascof3dComparison } from '@openpb/domain/reporting/ascof-3d-comparison';
import { REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportCell, ExportRoute, ExportRunner } from './export-runner.ts';
import { dateParam, parseReportQuery } from './report-export-params.ts';

const PARAMS = z
  .strictObject({
    snapshotDate: dateParam('snapshotDate'),
    yearStart: dateParam('yearStart').optional(),
  })
  .transform(({ snapshotDate, yearStart }) => ({
    snapshotDate,
    yearStart: yearStart ?? financialYearOf(snapshotDate).start,
  }))
  .refine(
    ({ snapshotDate, yearStart }) => compareDates(yearStart, snapshotDate) <= 0,
    'The year starts after the snapshot date',
  );

const PARTS = ['1a', '2a', '1b', '2b'] as const;

/**
 * `GET /exports/ascof-3d.csv?snapshotDate=YYYY-MM-DD[&yearStart=YYYY-MM-DD]`: the ratios of
 * Query.ascof3d (same counts, same roles), one row per part, method (`DHSC` or `RECORDED`) and
 * age band (`TOTAL`, `AGE_18_TO_64`, `AGE_65_AND_OVER`): `numerator,denominator,percentage`.
 */
export function createAscof3dExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/ascof-3d.csv',
    entity: 'Ascof3dExport',
    roles: REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ snapshotDate, yearStart }) =>
      `snapshotDate=${snapshotDate} yearStart=${yearStart}`,
    filename: ({ snapshotDate }) => `ascof-3d-${snapshotDate}.csv`,
    header: ['part', 'method', 'age_band', 'numerator', 'denominator', 'percentage'],
    rows: async function* ({ tenant, viewer }, { snapshotDate, yearStart }) {
      const counts = await ascof3dCrossCounts(tenant.db, {
        councilId: viewer.councilId,
        snapshot: snapshotDate,
        yearStart,
      });
      const comparison = ascof3dComparison(counts);
      const rows: ExportCell[][] = [];
      for (const part of PARTS) {
        for (const method of ['DHSC', 'RECORDED'] as const) {
          const result = (method === 'DHSC' ? comparison.dhsc : comparison.recorded)[part];
          const bands = [
            ['TOTAL', result.total] as const,
            ...ASCOF_AGE_BANDS.map((band) => [band, result.byAgeBand[band]] as const),
          ];
          for (const [band, ratio] of bands) {
            rows.push([
              part,
              method,
              band,
              ratio.numerator,
              ratio.denominator,
              ratio.percentage ?? '',
            ]);
          }
        }
      }
      yield* rows;
    },
  });
}
