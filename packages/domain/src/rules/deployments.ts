/**
 * I-4 Deployments: the ways a personal budget is taken (SG 11.30, S-10d) must add up to it —
 * `sum(deployments.annualAmountPence) = annualTotalPence`. Mixed packages are allowed.
 */
import type { DeploymentMode } from '../code-lists/deployment-mode.ts';
import { formatPounds, type Pence } from '../money.ts';
import { checkPenceAmount } from './money-amounts.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface DeploymentAmount {
  readonly mode?: DeploymentMode;
  readonly annualAmountPence: Pence;
}

export interface DeploymentsInput {
  readonly annualTotalPence: Pence;
  readonly deployments: readonly DeploymentAmount[];
}

export function checkDeployments(input: DeploymentsInput): readonly RuleViolation[] {
  const amountProblems = input.deployments.flatMap((deployment, index) =>
    checkPenceAmount(deployment.annualAmountPence, ['deployments', index, 'annualAmountPence']),
  );
  if (amountProblems.length > 0) return amountProblems;
  const sum = input.deployments.reduce(
    (total, deployment) => total + deployment.annualAmountPence,
    0,
  );
  if (sum === input.annualTotalPence) return [];
  return [
    violation(
      'DEPLOYMENTS_DO_NOT_SUM',
      `The deployments add up to ${formatPounds(sum)} but the personal budget is ${formatPounds(input.annualTotalPence)}.`,
      ['deployments'],
    ),
  ];
}
