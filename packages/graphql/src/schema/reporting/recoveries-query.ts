import type { Prisma } from '@openpb/db/client';
import {
  type AgedRecoveryRow,
  type RecoveryPosition,
  recoveriesByAgePage,
} from '@openpb/db/reporting/recoveries-by-age';
import { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import { isIsoDate } from '@openpb/domain/dates';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { codeEnum } from '../code-lists.ts';
import { RecoveryRef } from '../direct-payments/recovery.ts';
import { pageRecords, recordOf } from './page-records.ts';
import { type ReportList, reportConnection, reportPage } from './report-list.ts';

interface AgedRecovery extends AgedRecoveryRow {
  readonly recovery: Prisma.RecoveryGetPayload<object>;
}

const AgedRecoveryRef = builder.objectRef<AgedRecovery>('AgedRecovery').implement({
  description: 'A recovery with its age today.',
  fields: (t) => ({
    recovery: t.field({ type: RecoveryRef, resolve: (row) => row.recovery }),
    ageDays: t.int({
      description: 'Whole days since it was raised (0 = raised today).',
      resolve: (row) => row.ageDays,
    }),
    outstandingPence: t.field({
      type: 'Pence',
      description: 'The amount asked for less what has come back.',
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
      description: 'Only recoveries in this status.',
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
      'Recoveries of your council raised up to today, oldest first (then by id), with their age in days. Forward paging only. Team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...REPORTING_ROLES] },
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
      const result = await recoveriesByAgePage(
        context.db,
        {
          councilId,
          asOf: todayIn(context.now()),
          status: args.filter?.status ?? null,
          olderThanDays,
        },
        page,
      );
      const recoveries = await pageRecords(
        result.rows.map((row) => row.recoveryId),
        (where) => context.db.recovery.findMany({ where }),
        councilId,
      );
      const rows = result.rows.map((row) => ({
        ...row,
        recovery: recordOf(recoveries, row.recoveryId),
      }));
      return reportConnection(RECOVERIES, page, { ...result, rows });
    },
  }),
);
