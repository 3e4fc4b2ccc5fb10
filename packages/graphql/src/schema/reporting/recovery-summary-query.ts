import {
  type RecoveryAgeingTotal,
  type RecoveryStatusTotal,
  type RecoverySummaryTotals,
  recoverySummaryTotals,
} from '@openpb/db/reporting/recovery-summary';
import { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import type { IsoDate } from '@openpb/domain/dates';
import { sumPence } from '@openpb/domain/money';
import { percentageOneDecimal } from '@openpb/domain/reporting/percentage';
import {
  AGEING_BUCKETS,
  AGEING_RECOVERY_STATUSES,
  type AgeingBucket,
} from '@openpb/domain/reporting/recovery-ageing';
import { builder } from '../../builder.ts';
import { MONEY_REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';
import { reportDate } from './report-date.ts';

interface RecoverySummary extends RecoverySummaryTotals {
  readonly asOf: IsoDate;
}

const AgeingBucketEnum = builder.enumType('RecoveryAgeingBucket', {
  description: 'How long ago a recovery was raised, in whole days.',
  values: Object.fromEntries(
    AGEING_BUCKETS.map((definition) => [
      definition.bucket,
      { description: definition.description },
    ]),
  ) as { [K in AgeingBucket]: { description: string } },
});

const RecoveryStatusTotalRef = builder
  .objectRef<RecoveryStatusTotal>('RecoveryStatusTotal')
  .implement({
    description: 'Recoveries in one status, with the money asked for and the money back.',
    fields: (t) => ({
      status: t.field({ type: codeEnum(RecoveryStatus), resolve: (total) => total.status }),
      recoveries: t.int({ resolve: (total) => total.recoveries }),
      raisedPence: t.field({
        type: 'Pence',
        description: 'The amounts asked for, summed.',
        resolve: (total) => total.raisedPence,
      }),
      recoveredPence: t.field({
        type: 'Pence',
        description: 'What has come back, summed.',
        resolve: (total) => total.recoveredPence,
      }),
    }),
  });

const RecoveryAgeingTotalRef = builder
  .objectRef<RecoveryAgeingTotal>('RecoveryAgeingTotal')
  .implement({
    description: `Open recoveries (${AGEING_RECOVERY_STATUSES.join(', ')}) raised within one age band.`,
    fields: (t) => ({
      bucket: t.field({ type: AgeingBucketEnum, resolve: (total) => total.bucket }),
      recoveries: t.int({ resolve: (total) => total.recoveries }),
      outstandingPence: t.field({
        type: 'Pence',
        description: 'The amounts asked for less what has come back, summed.',
        resolve: (total) => total.outstandingPence,
      }),
    }),
  });

const raisedOf = (summary: RecoverySummary) =>
  sumPence(summary.byStatus.map((total) => total.raisedPence));
const recoveredOf = (summary: RecoverySummary) =>
  sumPence(summary.byStatus.map((total) => total.recoveredPence));

const RecoverySummaryRef = builder.objectRef<RecoverySummary>('RecoverySummary').implement({
  description:
    'Recovery performance (domain.md §6.6): money raised against money recovered, and the ageing of recoveries still proposed, notified or disputed.',
  fields: (t) => ({
    asOf: t.field({
      type: 'Date',
      description: 'Today: recoveries raised up to it, ages counted to it.',
      resolve: (summary) => summary.asOf,
    }),
    raisedPence: t.field({
      type: 'Pence',
      description: 'Every recovery’s amount, summed.',
      resolve: raisedOf,
    }),
    recoveredPence: t.field({
      type: 'Pence',
      description: 'What has come back on every recovery, summed.',
      resolve: recoveredOf,
    }),
    recoveredPercentage: t.string({
      nullable: true,
      description:
        'Recovered × 100 ÷ raised, one decimal place rounded half-up; null when nothing was raised.',
      resolve: (summary) => percentageOneDecimal(recoveredOf(summary), raisedOf(summary)),
    }),
    byStatus: t.field({
      type: [RecoveryStatusTotalRef],
      description: 'One entry per status, in code-list order, including empty ones.',
      resolve: (summary) => [...summary.byStatus],
    }),
    ageing: t.field({
      type: [RecoveryAgeingTotalRef],
      description:
        'Open recoveries by age: 0–30, 31–90 and 91 or more days, including empty bands.',
      resolve: (summary) => [...summary.ageing],
    }),
  }),
});

builder.queryField('recoverySummary', (t) =>
  t.field({
    type: RecoverySummaryRef,
    description:
      'How much your council has asked back from direct payment accounts and recovered, and how old the open recoveries are. Finance officers, team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...MONEY_REPORTING_ROLES] },
    args: {
      asOf: t.arg({
        type: 'Date',
        required: false,
        description: 'The date the summary is as at; today in England when left out.',
      }),
    },
    resolve: async (_root, args, context) => {
      const asOf = reportDate(context, args.asOf);
      const totals = await recoverySummaryTotals(context.db, {
        councilId: context.viewer.councilId,
        asOf,
      });
      return { ...totals, asOf };
    },
  }),
);
