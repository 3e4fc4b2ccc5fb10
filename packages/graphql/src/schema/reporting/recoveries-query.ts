import type { Prisma } from '@openpb/db/client';
import {
  type AgedRecoveryRow,
  type RecoveryPosition,
  recoveriesByAgeCount,
  recoveriesByAgePage,
} from '@openpb/db/reporting/recoveries-by-age';
import { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import { isIsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { MONEY_REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';
import { RecoveryRef } from '../direct-payments/recovery.ts';
import { pageRecords, recordOf } from './page-records.ts';
import { reportDate } from './report-date.ts';
import { type ReportList, reportConnection, reportPage } from './report-list.ts';

interface AgedRecovery extends AgedRecoveryRow {
  readonly recovery: Prisma.RecoveryGetPayload<object>;
}

const AgedRecoveryRef = builder.objectRef<AgedRecovery>('AgedRecovery').implement({
  description: 'A recovery with its age and what was outstanding on the date asked.',
  fields: (t) => ({
    recovery: t.field({ type: RecoveryRef, resolve: (row) => row.recovery }),
    statusAsOf: t.field({
      type: codeEnum(RecoveryStatus),
      description:
        'Its status on the date asked: one completed later was still notified (or proposed, before its notice date). Disputes, agreements and write-offs carry no date and show from the day it was raised.',
      resolve: (row) => row.statusAsOf,
    }),
    ageDays: t.int({
      description: 'Whole days from when it was raised to the date asked (0 = raised that day).',
      resolve: (row) => row.ageDays,
    }),
    outstandingPence: t.field({
      type: 'Pence',
      description: 'The amount asked for less what had come back by the date asked.',
      resolve: (row) => row.outstandingPence,
    }),
  }),
});

const RecoveriesFilter = builder.inputType('RecoveriesFilter', {
  description: 'Narrows the recoveries. All given conditions must hold.',
  fields: (t) => ({
    status: t.field({
      type: codeEnum(RecoveryStatus),
      required: false,
      description: 'Only recoveries in this status on the date asked.',
    }),
    asOf: t.field({
      type: 'Date',
      required: false,
      description: 'The date the report is as at; today in England when left out.',
    }),
    olderThanDays: t.int({
      required: false,
      description: 'Only recoveries raised more than this many days ago.',
    }),
  }),
});

const RECOVERIES: ReportList<RecoveryPosition, AgedRecovery> = {
  list: 'recoveries',
  position: z.object({ raisedDate: z.string().refine(isIsoDate), recoveryId: z.uuid() }),
  positionOf: (row) => ({ raisedDate: row.raisedDate, recoveryId: row.recoveryId }),
};

builder.queryField('recoveries', (t) =>
  t.connection({
    type: AgedRecoveryRef,
    description:
      'Recoveries of your council raised up to the date asked (today by default), as they stood on it, oldest first (then by id), with their age in days. Forward paging only. Finance officers, team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...MONEY_REPORTING_ROLES] },
    args: { filter: t.arg({ type: RecoveriesFilter, required: false }) },
    resolve: async (_root, args, context) => {
      const page = reportPage(RECOVERIES, args);
      const olderThanDays = args.filter?.olderThanDays ?? null;
      if (olderThanDays !== null && olderThanDays < 0) {
        throw new GraphQLError('olderThanDays cannot be negative', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const councilId = context.viewer.councilId;
      const where = {
        councilId,
        asOf: reportDate(context, args.filter?.asOf),
        status: args.filter?.status ?? null,
        olderThanDays,
      };
      const result = await recoveriesByAgePage(context.db, where, page);
      const recoveries = await pageRecords(
        result.rows.map((row) => row.recoveryId),
        (where) => context.db.recovery.findMany({ where }),
        councilId,
      );
      const rows = result.rows.map((row) => ({
        ...row,
        recovery: recordOf(recoveries, row.recoveryId),
      }));
      return reportConnection(RECOVERIES, page, { ...result, rows }, () =>
        recoveriesByAgeCount(context.db, where),
      );
    },
  }),
);
