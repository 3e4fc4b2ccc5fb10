import type { Prisma } from '@openpb/db/client';
import {
  type DirectPaymentSurplusRow,
  directPaymentSurplusesCount,
  directPaymentSurplusesPage,
  type SurplusPosition,
} from '@openpb/db/reporting/direct-payment-surpluses';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { MONEY_REPORTING_ROLES } from '../../staff-roles.ts';
import { DirectPaymentAgreementRef } from '../direct-payments/direct-payment-agreement.ts';
import { PersonRef } from '../person.ts';
import { pageRecords, recordOf } from './page-records.ts';
import { reportDate } from './report-date.ts';
import { type ReportList, reportConnection, reportPage } from './report-list.ts';

interface DirectPaymentSurplus extends DirectPaymentSurplusRow {
  readonly person: Prisma.PersonGetPayload<object>;
  readonly agreement: Prisma.DirectPaymentAgreementGetPayload<object>;
}

const pence = (description: string, pick: (row: DirectPaymentSurplus) => number) => ({
  type: 'Pence' as const,
  description,
  resolve: pick,
});

const DirectPaymentSurplusRef = builder
  .objectRef<DirectPaymentSurplus>('DirectPaymentSurplus')
  .implement({
    description:
      'An active direct payment account holding more than its contingency allowance (I-12), from its ledger today.',
    fields: (t) => ({
      person: t.field({ type: PersonRef, resolve: (row) => row.person }),
      directPaymentAgreement: t.field({
        type: DirectPaymentAgreementRef,
        resolve: (row) => row.agreement,
      }),
      closingBalancePence: t.field(
        pence('Every ledger entry posted up to today, summed.', (row) => row.closingBalancePence),
      ),
      weeklyNetPence: t.field(
        pence(
          'What the council pays a week: gross less contribution on a NET basis (I-9).',
          (row) => row.weeklyNetPence,
        ),
      ),
      contingencyAllowancePence: t.field(
        pence(
          'Weekly net payment × the agreement’s contingency weeks, rounded half-up (I-12).',
          (row) => row.contingencyAllowancePence,
        ),
      ),
      recoverablePence: t.field(
        pence(
          'Closing balance less the contingency allowance: what could be recovered as surplus (I-12).',
          (row) => row.recoverablePence,
        ),
      ),
    }),
  });

const DirectPaymentSurplusesFilter = builder.inputType('DirectPaymentSurplusesFilter', {
  description: 'Narrows the surpluses.',
  fields: (t) => ({
    minRecoverablePence: t.field({
      type: 'Pence',
      required: false,
      description: 'Only accounts with at least this much recoverable.',
    }),
    asOf: t.field({
      type: 'Date',
      required: false,
      description: 'The date the report is as at; today in England when left out.',
    }),
  }),
});

const SURPLUSES: ReportList<SurplusPosition, DirectPaymentSurplus> = {
  list: 'directPaymentSurpluses',
  position: z.object({ recoverablePence: z.int().min(1), agreementId: z.uuid() }),
  positionOf: (row) => ({ recoverablePence: row.recoverablePence, agreementId: row.agreementId }),
};

builder.queryField('directPaymentSurpluses', (t) =>
  t.connection({
    type: DirectPaymentSurplusRef,
    description:
      'Direct payment agreements of your council running on the date asked (today by default; whatever their status now) whose account balance on it exceeded the contingency allowance (I-12), largest recoverable amount first (then by agreement). Forward paging only. Finance officers, team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...MONEY_REPORTING_ROLES] },
    args: { filter: t.arg({ type: DirectPaymentSurplusesFilter, required: false }) },
    resolve: async (_root, args, context) => {
      const page = reportPage(SURPLUSES, args);
      const minRecoverablePence = args.filter?.minRecoverablePence ?? 0;
      if (minRecoverablePence < 0) {
        throw new GraphQLError('minRecoverablePence cannot be negative', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const councilId = context.viewer.councilId;
      const where = {
        councilId,
        asOf: reportDate(context, args.filter?.asOf),
        minRecoverablePence,
      };
      const result = await directPaymentSurplusesPage(context.db, where, page);
      const [people, agreements] = await Promise.all([
        pageRecords(
          result.rows.map((row) => row.personId),
          (where) => context.db.person.findMany({ where }),
          councilId,
        ),
        pageRecords(
          result.rows.map((row) => row.agreementId),
          (where) => context.db.directPaymentAgreement.findMany({ where }),
          councilId,
        ),
      ]);
      const rows = result.rows.map((row) => ({
        ...row,
        person: recordOf(people, row.personId),
        agreement: recordOf(agreements, row.agreementId),
      }));
      return reportConnection(SURPLUSES, page, { ...result, rows }, () =>
        directPaymentSurplusesCount(context.db, where),
      );
    },
  }),
);
