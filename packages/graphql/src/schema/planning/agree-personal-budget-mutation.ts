import { ApprovalLevel } from '@openpb/domain/code-lists/approval-level';
import type { CostFrequency } from '@openpb/domain/code-lists/cost-frequency';
import { DeploymentMode } from '@openpb/domain/code-lists/deployment-mode';
import type { FundingSource } from '@openpb/domain/code-lists/funding-source';
import type { PersonalBudgetStatus } from '@openpb/domain/code-lists/personal-budget-status';
import type { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import { personalBudgetInputSchema } from '@openpb/domain/entities/personal-budget';
import { supersedePersonalBudget } from '@openpb/domain/lifecycle/personal-budget-lifecycle';
import { supportPlanTransition } from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { checkIndicativeDifferenceReasons } from '@openpb/domain/rules/indicative-difference';
import { checkPlanSufficiency } from '@openpb/domain/rules/plan-sufficiency';
import { violation } from '@openpb/domain/rules/rule-violation';
import { checkSignerLevel, checkSignOffAuthority } from '@openpb/domain/rules/sign-off-authority';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { APPROVER_ROLES } from '../../staff-roles.ts';
import { databaseId, tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { OrganisationRef } from '../onboarding/organisation.ts';
import { PersonalBudgetRef } from '../personal-budget.ts';
import { SupportPlanRef } from './support-plan.ts';

const DeploymentInput = builder.inputType('BudgetDeploymentInput', {
  fields: (t) => ({
    mode: t.field({ type: codeEnum(DeploymentMode) }),
    annualAmountPence: t.field({ type: 'Pence' }),
    managedByOrganisationId: t.globalID({
      for: OrganisationRef,
      required: false,
      description: 'The ISF provider, for an ISF deployment (its global id).',
    }),
  }),
});

const AgreePersonalBudgetInput = builder.inputType('AgreePersonalBudgetInput', {
  fields: (t) => ({
    planId: t.globalID({ for: SupportPlanRef, description: 'An APPROVED plan version.' }),
    annualTotalPence: t.field({
      type: 'Pence',
      description: 'The cost to the council of meeting the needs (s26).',
    }),
    annualPersonContributionPence: t.field({
      type: 'Pence',
      description: 'From the financial assessment.',
    }),
    deployments: t.field({
      type: [DeploymentInput],
      description: 'How the budget is taken; must sum to the total (I-4).',
    }),
    effectiveFrom: t.field({ type: 'Date' }),
    approvalLevel: t.field({
      type: codeEnum(ApprovalLevel),
      description: 'The level signing it off (I-5).',
    }),
    shortfallJustification: t.string({
      required: false,
      description:
        'Why the plan may cost less than the budget (I-2), e.g. contingency for PA absence.',
    }),
    indicativeDifferenceReasons: t.string({
      required: false,
      description:
        'Required when the total differs from the person’s latest indicative budget: why (R (KM) v Cambridgeshire CC [2012] UKSC 23). Stored and shown on the budget.',
    }),
  }),
});

builder.mutationField('agreePersonalBudget', (t) =>
  t.field({
    type: PersonalBudgetRef,
    description:
      'Signs off the personal budget of an approved plan: s26 amounts (I-1), the plan’s cost against it (I-2), deployments (I-4), the signer’s authority and level (I-5), and the reasons when it differs from the indicative amount (KM v Cambridgeshire). The budget in force before it ends the day before; one that never came into force (agreed again from the same date) is superseded with no end date.',
    authScopes: { anyRole: APPROVER_ROLES },
    args: { input: t.arg({ type: AgreePersonalBudgetInput, required: true }) },
    errors: {
      types: [ValidationFailed, RuleViolated, NotFound, InvalidState, Forbidden],
      dataField: { name: 'personalBudget' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'agreePersonalBudget', async (tx, events) => {
        events.fromResult('personal_budget.agreed');
        const staff = await actingStaff(tx, context);
        const plan = await tx.supportPlan.findFirst({
          where: tenantRowWhere(input.planId.id, councilId),
          include: { lines: true },
        });
        if (!plan) throw new NotFound('support plan', ['input', 'planId']);
        allowedOrInvalidState(
          supportPlanTransition(plan.status as SupportPlanStatus, 'AGREE_BUDGET'),
          ['input', 'planId'],
        );
        if (input.annualPersonContributionPence > input.annualTotalPence) {
          throw new RuleViolated([
            violation(
              'BUDGET_ARITHMETIC',
              'The person’s contribution cannot exceed the personal budget (s26: total = council + person)',
              ['annualPersonContributionPence'],
            ),
          ]);
        }
        const budget = parseInput(personalBudgetInputSchema, {
          personId: plan.personId,
          planId: plan.id,
          annualTotalPence: input.annualTotalPence,
          annualPersonContributionPence: input.annualPersonContributionPence,
          annualLaContributionPence: input.annualTotalPence - input.annualPersonContributionPence,
          effectiveFrom: input.effectiveFrom,
          deployments: input.deployments.map(({ managedByOrganisationId, ...deployment }) => ({
            ...deployment,
            ...(managedByOrganisationId
              ? { managedByOrganisationId: databaseId(managedByOrganisationId.id) }
              : {}),
          })),
        });
        const policy = await councilPolicyOn(tx, councilId, budget.effectiveFrom);
        const indicative = await tx.indicativeBudget.findFirst({
          where: { councilId, personId: plan.personId },
          orderBy: [{ calculatedAt: 'desc' }, { id: 'desc' }],
          select: { id: true, annualAmountPence: true },
        });
        enforce([
          ...checkPlanSufficiency({
            annualTotalPence: budget.annualTotalPence,
            shortfallJustification: input.shortfallJustification,
            lines: plan.lines.map((line) => ({
              status: line.status as PlanLineStatus,
              fundingSource: line.fundingSource as FundingSource,
              unitCostPence: line.unitCostPence,
              costFrequency: line.costFrequency as CostFrequency,
              plannedUnitsPerWeekHundredths: line.plannedUnitsPerWeekHundredths,
            })),
          }).map((violation) => ({ ...violation, path: ['annualTotalPence'] })),
          ...checkSignOffAuthority(
            {
              annualTotalPence: budget.annualTotalPence,
              approvalLevel: input.approvalLevel,
              signerApprovalLimitAnnualPence: staff.approvalLimitAnnualPence,
            },
            policy.approvalLimitsAnnualPence,
          ).map((violation) => ({ ...violation, path: ['approvalLevel'] })),
          ...checkSignerLevel(
            {
              approvalLevel: input.approvalLevel,
              signerApprovalLevel: staff.approvalLevel as ApprovalLevel,
            },
            policy,
          ),
          ...checkIndicativeDifferenceReasons({
            annualTotalPence: budget.annualTotalPence,
            indicativeAnnualPence: indicative?.annualAmountPence ?? null,
            reasons: input.indicativeDifferenceReasons,
          }),
        ]);
        const previous = await tx.personalBudget.findFirst({
          where: { personId: plan.personId, status: 'SIGNED_OFF' },
          orderBy: { effectiveFrom: 'desc' },
        });
        if (previous) {
          const superseded = allowedOrInvalidState(
            supersedePersonalBudget(
              {
                status: previous.status as PersonalBudgetStatus,
                effectiveFrom: fromDbDate(previous.effectiveFrom),
                effectiveTo: previous.effectiveTo ? fromDbDate(previous.effectiveTo) : null,
              },
              budget.effectiveFrom,
            ),
            ['input', 'planId'],
          );
          await tx.personalBudget.update({
            where: { id: previous.id },
            data: {
              status: superseded.status,
              effectiveTo: toDbDateOrNull(superseded.effectiveTo),
            },
          });
        }
        return tx.personalBudget.create({
          data: {
            councilId,
            personId: plan.personId,
            planId: plan.id,
            version: (previous?.version ?? 0) + 1,
            status: 'SIGNED_OFF',
            supersedesId: previous?.id ?? null,
            annualTotalPence: budget.annualTotalPence,
            annualPersonContributionPence: budget.annualPersonContributionPence,
            annualLaContributionPence: budget.annualLaContributionPence,
            effectiveFrom: toDbDate(budget.effectiveFrom),
            effectiveTo: toDbDateOrNull(budget.effectiveTo),
            approvalLevel: input.approvalLevel,
            indicativeBudgetId: indicative?.id ?? null,
            indicativeDifferenceReasons:
              indicative && indicative.annualAmountPence !== budget.annualTotalPence
                ? (input.indicativeDifferenceReasons?.trim() ?? null)
                : null,
            signedOffById: staff.id,
            signedOffAt: context.now(),
            deployments: {
              create: budget.deployments.map((deployment) => ({
                councilId,
                mode: deployment.mode,
                annualAmountPence: deployment.annualAmountPence,
                managedByOrganisationId: deployment.managedByOrganisationId ?? null,
              })),
            },
          },
        });
      });
    },
  }),
);
