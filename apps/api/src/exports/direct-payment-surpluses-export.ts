import {
  directPaymentSurplusesPage,
  type SurplusPosition,
} from '@openpb/db/reporting/direct-payment-surpluses';
import type { KeysetPage } from '@openpb/db/reporting/keyset';
import { MONEY_REPORTING_ROLES } from '@openpb/graphql/staff-roles';
import { z } from 'zod';
import type { ExportRoute, ExportRunner } from './export-runner.ts';
import { asOfParam, countParam, parseReportQuery } from './report-export-params.ts';
import { reportListRows } from './report-list-rows.ts';

const PARAMS = z.strictObject({
  asOf: asOfParam,
  minRecoverablePence: countParam('minRecoverablePence'),
});

/**
 * `GET /exports/direct-payment-surpluses.csv?asOf=YYYY-MM-DD&minRecoverablePence=N`: the rows of
 * Query.directPaymentSurpluses (same SQL, same order, same roles), money in pence.
 */
export function createDirectPaymentSurplusesExport(exportRoute: ExportRunner): ExportRoute {
  return exportRoute({
    operation: 'GET /exports/direct-payment-surpluses.csv',
    entity: 'DirectPaymentSurplusesExport',
    roles: MONEY_REPORTING_ROLES,
    parse: (query) => parseReportQuery(PARAMS, query),
    describe: ({ asOf, minRecoverablePence }) =>
      `asOf=${asOf} minRecoverablePence=${minRecoverablePence ?? 0}`,
    filename: ({ asOf }) => `direct-payment-surpluses-${asOf}.csv`,
    header: [
      'agreement_id',
      'person_id',
      'closing_balance_pence',
      'weekly_net_pence',
      'contingency_allowance_pence',
      'recoverable_pence',
    ],
    personColumn: 1,
    rows: async function* ({ tenant, viewer, batchSize }, { asOf, minRecoverablePence }) {
      const where = {
        councilId: viewer.councilId,
        asOf,
        minRecoverablePence: minRecoverablePence ?? 0,
      };
      const rows = reportListRows(
        (page: KeysetPage<SurplusPosition>) => directPaymentSurplusesPage(tenant.db, where, page),
        (row) => ({ recoverablePence: row.recoverablePence, agreementId: row.agreementId }),
        batchSize,
      );
      for await (const row of rows) {
        yield [
          row.agreementId,
          row.personId,
          row.closingBalancePence,
          row.weeklyNetPence,
          row.contingencyAllowancePence,
          row.recoverablePence,
        ];
      }
    },
  });
}
