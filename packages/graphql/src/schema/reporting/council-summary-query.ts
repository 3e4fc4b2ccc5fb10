import {
  type AverageWeeklyBudget,
  type CouncilSummaryTotals,
  councilSummaryTotals,
  type IndicativeVariance,
  type SpendByCategory,
} from '@openpb/db/reporting/council-summary';
import { DeploymentMode } from '@openpb/domain/code-lists/deployment-mode';
import { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import type { IsoDate } from '@openpb/domain/dates';
import { builder } from '../../builder.ts';
import { MONEY_REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';

interface CouncilSummary extends CouncilSummaryTotals {
  readonly asOf: IsoDate;
}

const SpendByCategoryRef = builder.objectRef<SpendByCategory>('DpSpendByCategory').implement({
  description: 'Direct payment spend of one category in the year to date.',
  fields: (t) => ({
    category: t.field({
      type: codeEnum(DpSpendCategory),
      nullable: true,
      description: 'Null for spend not yet given a category.',
      resolve: (row) => row.category,
    }),
    entries: t.int({ description: 'SPEND ledger entries.', resolve: (row) => row.entries }),
    spentPence: t.field({
      type: 'Pence',
      description: 'Their amounts summed, as a positive amount.',
      resolve: (row) => row.spentPence,
    }),
  }),
});

const IndicativeVarianceRef = builder
  .objectRef<IndicativeVariance>('IndicativeBudgetVariance')
  .implement({
    description:
      'How far final personal budgets moved from their indicative budgets, for one primary support reason: final annual total − indicative annual amount (positive = the final budget is larger).',
    fields: (t) => ({
      primarySupportReason: t.field({
        type: codeEnum(PrimarySupportReason),
        resolve: (row) => row.primarySupportReason,
      }),
      budgets: t.int({
        description: 'Budgets in force built from an indicative budget.',
        resolve: (row) => row.budgets,
      }),
      meanVariancePence: t.field({
        type: 'Pence',
        description: 'Mean variance, rounded to the penny (halves away from zero).',
        resolve: (row) => row.meanVariancePence,
      }),
      totalVariancePence: t.field({
        type: 'Pence',
        description: 'The variances added up (what the mean divides by budgets).',
        resolve: (row) => row.totalVariancePence,
      }),
      medianVariancePence: t.field({
        type: 'Pence',
        description: 'Median variance (continuous), rounded to the penny (halves away from zero).',
        resolve: (row) => row.medianVariancePence,
      }),
    }),
  });

function averageWeeklyRef<K extends string>(
  name: string,
  description: string,
  key: { name: string; type: ReturnType<typeof codeEnum<K>>; counted: string },
) {
  return builder.objectRef<AverageWeeklyBudget<K>>(name).implement({
    description,
    fields: (t) => ({
      [key.name]: t.field({ type: key.type, resolve: (row) => row.key }),
      count: t.int({ description: key.counted, resolve: (row) => row.count }),
      averageWeeklyPence: t.field({
        type: 'Pence',
        description: 'Mean of annual amount ÷ 52, rounded half-up to the penny.',
        resolve: (row) => row.averageWeeklyPence,
      }),
      totalAnnualPence: t.field({
        type: 'Pence',
        description: 'The annual amounts added up (what the average divides by count and 52).',
        resolve: (row) => row.totalAnnualPence,
      }),
    }),
  });
}

const AverageByReasonRef = averageWeeklyRef<PrimarySupportReason>(
  'AverageWeeklyBudgetByReason',
  'The average weekly personal budget of people with one primary support reason.',
  {
    name: 'primarySupportReason',
    type: codeEnum(PrimarySupportReason),
    counted: 'Signed-off budgets in force.',
  },
);

const AverageByModeRef = averageWeeklyRef<DeploymentMode>(
  'AverageWeeklyBudgetByDeploymentMode',
  'The average weekly amount deployed in one way (direct payment, managed, ISF, commissioned).',
  {
    name: 'deploymentMode',
    type: codeEnum(DeploymentMode),
    counted: 'Deployments of signed-off budgets in force.',
  },
);

const CouncilSummaryRef = builder.objectRef<CouncilSummary>('CouncilSummary').implement({
  description:
    'The council’s personal budget money on a date: what is committed, paid and spent, where direct payments go, how final budgets compare with indicative ones, and average weekly budgets (domain.md §6.6). Money in integer pence.',
  fields: (t) => ({
    asOf: t.field({ type: 'Date', resolve: (summary) => summary.asOf }),
    yearStart: t.field({
      type: 'Date',
      description: '1 April of the financial year of asOf: paid and spent count from it to asOf.',
      resolve: (summary) => summary.yearStart,
    }),
    committedPence: t.field({
      type: 'Pence',
      description: 'Annual totals of the signed-off personal budgets in force on asOf, summed.',
      resolve: (summary) => summary.committedPence,
    }),
    paidPence: t.field({
      type: 'Pence',
      description: 'Net amounts of direct payments paid from yearStart to asOf, summed.',
      resolve: (summary) => summary.paidPence,
    }),
    spentPence: t.field({
      type: 'Pence',
      description:
        'SPEND entries on direct payment accounts posted from yearStart to asOf, as a positive amount.',
      resolve: (summary) => summary.spentPence,
    }),
    spendByCategory: t.field({
      type: [SpendByCategoryRef],
      description: 'The same spend by category, largest first.',
      resolve: (summary) => [...summary.spendByCategory],
    }),
    indicativeVariance: t.field({
      type: [IndicativeVarianceRef],
      description:
        'Final against indicative budget by primary support reason, over the signed-off budgets in force on asOf that came from an indicative budget.',
      resolve: (summary) => [...summary.indicativeVariance],
    }),
    averageWeeklyBudgetByReason: t.field({
      type: [AverageByReasonRef],
      description: 'Over the signed-off budgets in force on asOf, by primary support reason.',
      resolve: (summary) => [...summary.averageWeeklyByReason],
    }),
    averageWeeklyBudgetByDeploymentMode: t.field({
      type: [AverageByModeRef],
      description: 'Over the deployments of the signed-off budgets in force on asOf, by mode.',
      resolve: (summary) => [...summary.averageWeeklyByMode],
    }),
  }),
});

builder.queryField('councilSummary', (t) =>
  t.field({
    type: CouncilSummaryRef,
    description:
      'Your council’s personal budget and direct payment money on a date. Finance officers, team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...MONEY_REPORTING_ROLES] },
    args: { asOf: t.arg({ type: 'Date', required: true }) },
    resolve: async (_root, args, context) => {
      const totals = await councilSummaryTotals(context.db, {
        councilId: context.viewer.councilId,
        asOf: args.asOf,
      });
      return { ...totals, asOf: args.asOf };
    },
  }),
);
