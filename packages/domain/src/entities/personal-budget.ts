/**
 * The personal budget (Care Act 2014 s26, S-10e; domain.md §6.2): a statement of the cost to the
 * council of meeting the eligible needs, what the person pays and what the council pays, and how
 * it is deployed (SG 11.30, S-10d). Budgets are immutable versions (`supersedesId`).
 */
import { z } from 'zod';
import type { ApprovalLevel } from '../code-lists/approval-level.ts';
import { DeploymentMode } from '../code-lists/deployment-mode.ts';
import type { PersonalBudgetStatus } from '../code-lists/personal-budget-status.ts';
import { weeklyFromAnnualPence } from '../cost-frequency.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import type { Pence } from '../money.ts';
import { checkBudgetArithmetic } from '../rules/budget-arithmetic.ts';
import { checkDeployments } from '../rules/deployments.ts';
import {
  addViolations,
  codeSchema,
  idSchema,
  isoDateSchema,
  penceSchema,
} from './field-schemas.ts';

export interface BudgetDeployment {
  readonly id: string;
  readonly budgetId: string;
  readonly mode: DeploymentMode;
  readonly annualAmountPence: Pence;
  /** The ISF provider, for ISF deployments. */
  readonly managedByOrganisationId: string | null;
  readonly isfManagementFeePence: Pence | null;
}

export interface PersonalBudget {
  readonly id: string;
  readonly councilId: string;
  readonly personId: string;
  readonly planId: string | null;
  readonly version: number;
  readonly supersedesId: string | null;
  readonly status: PersonalBudgetStatus;
  /** The cost to the council of meeting the needs (I-1). */
  readonly annualTotalPence: Pence;
  readonly annualPersonContributionPence: Pence;
  readonly annualLaContributionPence: Pence;
  readonly indicativeBudgetId: string | null;
  readonly signedOffById: string | null;
  readonly signedOffAt: Date | null;
  readonly approvalLevel: ApprovalLevel | null;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  readonly deployments: readonly BudgetDeployment[];
}

/** Weekly equivalent of the annual total (annual / 52, half-up; §6.5). */
export function weeklyTotalPence(budget: Pick<PersonalBudget, 'annualTotalPence'>): Pence {
  return weeklyFromAnnualPence(budget.annualTotalPence);
}

/** Final minus indicative amount (metric "indicative vs final variance", §6.6). */
export function varianceFromIndicativePence(
  annualTotalPence: Pence,
  indicativeAnnualPence: Pence,
): Pence {
  return annualTotalPence - indicativeAnnualPence;
}

export const budgetDeploymentInputSchema = z.object({
  mode: codeSchema(DeploymentMode),
  annualAmountPence: penceSchema,
  managedByOrganisationId: idSchema.optional(),
  isfManagementFeePence: penceSchema.optional(),
});

/** Input for proposing a personal budget version; checks I-1, I-4 and the date order. */
export const personalBudgetInputSchema = z
  .object({
    personId: idSchema,
    planId: idSchema.optional(),
    indicativeBudgetId: idSchema.optional(),
    annualTotalPence: penceSchema,
    annualPersonContributionPence: penceSchema,
    annualLaContributionPence: penceSchema,
    effectiveFrom: isoDateSchema,
    effectiveTo: isoDateSchema.optional(),
    deployments: z
      .array(budgetDeploymentInputSchema)
      .min(1, { error: 'At least one deployment is needed' }),
  })
  .superRefine((budget, context) => {
    addViolations(context, checkBudgetArithmetic(budget));
    addViolations(context, checkDeployments(budget));
    const modes = budget.deployments.map((deployment) => deployment.mode);
    if (new Set(modes).size !== modes.length) {
      context.addIssue({
        code: 'custom',
        message: 'Use at most one deployment per mode',
        path: ['deployments'],
      });
    }
    budget.deployments.forEach((deployment, index) => {
      if (deployment.mode !== 'ISF' && deployment.managedByOrganisationId !== undefined) {
        context.addIssue({
          code: 'custom',
          message: 'Only an ISF deployment is managed by a provider',
          path: ['deployments', index, 'managedByOrganisationId'],
        });
      }
    });
    if (
      budget.effectiveTo !== undefined &&
      compareDates(budget.effectiveTo, budget.effectiveFrom) < 0
    ) {
      context.addIssue({
        code: 'custom',
        message: 'The end date cannot be before the start date',
        path: ['effectiveTo'],
        params: { ruleCode: 'END_BEFORE_START' },
      });
    }
  });

export type PersonalBudgetInput = z.output<typeof personalBudgetInputSchema>;
