import type { Prisma } from '@openpb/db/client';
import type { CostFrequency } from '@openpb/domain/code-lists/cost-frequency';
import { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import type { FundingSource } from '@openpb/domain/code-lists/funding-source';
import type { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import type { PlanOutcome } from '@openpb/domain/entities/support-plan';
import { annualPlanCostPence, isBudgetLine } from '@openpb/domain/rules/plan-sufficiency';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { staffOrDelegated } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { listsChildren, RELATED_RECORD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import { type ChildRelation, childRows } from '../child-rows.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonalBudgetRef } from '../personal-budget.ts';
import { SupportPlanLineRef } from './support-plan-line.ts';

/** The personal budgets agreed for a plan version, newest first. */
const PLAN_BUDGETS: ChildRelation<Prisma.PersonalBudgetGetPayload<object>> = {
  model: 'PersonalBudget',
  parentField: 'planId',
  orderBy: [
    ['effectiveFrom', 'DESC'],
    ['id', 'DESC'],
  ],
};
const planBudgetsPages = prismaConnectionHelpers(builder, 'PersonalBudget', { cursor: 'id' });

/** A plan version's lines, in plan order. */
export const PLAN_LINES: ChildRelation<Prisma.SupportPlanLineGetPayload<object>> = {
  model: 'SupportPlanLine',
  parentField: 'planId',
  orderBy: [
    ['position', 'ASC'],
    ['id', 'ASC'],
  ],
};

/** A person's support plan versions, newest first (a version is unique per person). */
export const PLAN_VERSIONS: ChildRelation<Prisma.SupportPlanGetPayload<object>> = {
  model: 'SupportPlan',
  parentField: 'personId',
  orderBy: [['version', 'DESC']],
};

/** Cursors and pages of `Person.supportPlans`, as `relatedConnection` made them (cursor: the id). */
const planVersionConnection = prismaConnectionHelpers(builder, 'SupportPlan', { cursor: 'id' });

const PlanOutcomeRef = builder.objectRef<PlanOutcome>('PlanOutcome').implement({
  description: 'An outcome the person wants from their support, in their words.',
  fields: (t) => ({
    description: t.exposeString('description'),
    eligibilityOutcome: t.expose('eligibilityOutcome', {
      type: codeEnum(EligibilityOutcome),
      nullable: true,
    }),
    target: t.exposeString('target', { nullable: true }),
  }),
});

interface PlanCosts {
  readonly weeklyCostPence: number;
  readonly annualCostPence: number;
  readonly annualBudgetPence: number | null;
}

const PlanCostsRef = builder.objectRef<PlanCosts>('PlanCosts').implement({
  description:
    'What the plan costs against its personal budget (I-2). Counts ACTIVE and PLANNED lines funded by the council or the person; top-ups and NHS funding are outside the budget.',
  fields: (t) => ({
    weeklyCostPence: t.expose('weeklyCostPence', { type: 'Pence' }),
    annualCostPence: t.expose('annualCostPence', { type: 'Pence' }),
    annualBudgetPence: t.expose('annualBudgetPence', {
      type: 'Pence',
      nullable: true,
      description: 'The signed-off personal budget of this plan, if one is agreed.',
    }),
    annualDifferencePence: t.field({
      type: 'Pence',
      nullable: true,
      description: 'Budget minus plan cost: positive is unallocated budget, negative is overspend.',
      resolve: (costs) =>
        costs.annualBudgetPence === null ? null : costs.annualBudgetPence - costs.annualCostPence,
    }),
  }),
});

export const SupportPlanRef = builder.prismaNode('SupportPlan', {
  authScopes: staffOrDelegated('READ_PLAN'),
  description:
    'A care and support plan version (Care Act s24–25). A draft may be revised (echo its `revision`); submitted and approved versions never change, and a change of plan is a new version.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    version: t.exposeInt('version'),
    revision: t.exposeInt('revision', {
      description:
        'Optimistic concurrency: send it back with a change; a stale one is a VERSION_CONFLICT.',
    }),
    status: t.expose('status', { type: codeEnum(SupportPlanStatus) }),
    person: t.relation('person', { extensions: resolversOnly(RELATED_RECORD) }),
    outcomes: t.field({
      extensions: resolversOnly('a JSON column shaped by its resolver'),
      type: [PlanOutcomeRef],
      resolve: (plan) => plan.outcomes as unknown as PlanOutcome[],
    }),
    lines: t.field({
      type: [SupportPlanLineRef],
      extensions: listsChildren('list', PLAN_LINES),
      resolve: (plan, _args, context) => childRows(context, PLAN_LINES, plan.id, null),
    }),
    costs: t.field({
      extensions: resolversOnly(
        'sums the lines and the signed-off budget: its resolver reads them',
      ),
      type: PlanCostsRef,
      select: {
        lines: {
          select: {
            status: true,
            fundingSource: true,
            unitCostPence: true,
            costFrequency: true,
            plannedUnitsPerWeekHundredths: true,
            weeklyCostPence: true,
          },
        },
        personalBudgets: {
          where: { status: 'SIGNED_OFF' },
          select: { annualTotalPence: true },
          take: 1,
        },
      },
      resolve: (plan) => {
        const lines = plan.lines.map((line) => ({
          ...line,
          status: line.status as PlanLineStatus,
          fundingSource: line.fundingSource as FundingSource,
          costFrequency: line.costFrequency as CostFrequency,
        }));
        return {
          weeklyCostPence: lines
            .filter(isBudgetLine)
            .reduce((sum, line) => sum + line.weeklyCostPence, 0),
          annualCostPence: annualPlanCostPence(lines),
          annualBudgetPence: plan.personalBudgets[0]?.annualTotalPence ?? null,
        };
      },
    }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    firstReviewDueDate: t.expose('firstReviewDueDate', { type: 'Date' }),
    firstReviewLaterReason: t.exposeString('firstReviewLaterReason', {
      nullable: true,
      description:
        'Why the first review is later than the 6–8 weeks of statutory guidance (I-10); null when it is not.',
    }),
    nextReviewDueDate: t.expose('nextReviewDueDate', {
      type: 'Date',
      nullable: true,
    }),
    nextReviewLaterReason: t.exposeString('nextReviewLaterReason', {
      nullable: true,
      description:
        'Why the next review is later than 12 months after the last (statutory guidance, I-10); null when it is not.',
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime', nullable: true }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true }),
    supersedes: t.relation('supersedes', {
      extensions: resolversOnly(RELATED_RECORD),
      nullable: true,
      description: 'The version this one replaces.',
    }),
    personalBudgets: t.connection({
      type: PersonalBudgetRef,
      extensions: resolversOnly(RELATED_RECORD),
      description: 'Personal budgets agreed for this plan version, newest first.',
      resolve: childPage(planBudgetsPages, PLAN_BUDGETS),
    }),
  }),
});

builder.prismaObjectFields('Person', (t) => ({
  supportPlans: t.connection({
    type: SupportPlanRef,
    extensions: listsChildren('connection', PLAN_VERSIONS),
    // a third-party app without READ_PLAN: one refusal on the list, not one per plan (D65)
    authScopes: staffOrDelegated('READ_PLAN'),
    nullable: true,
    description:
      'Support plan versions, newest first. Null, with a FORBIDDEN error naming the scope, for a third-party app whose delegation lacks READ_PLAN.',
    resolve: childPage(planVersionConnection, PLAN_VERSIONS),
  }),
}));
