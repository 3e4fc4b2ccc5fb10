/**
 * I-1 Personal budget arithmetic (Care Act 2014 s26, S-10e): the cost to the council of meeting
 * the needs is the sum of what the person pays and what the council pays.
 * `annualTotalPence = annualLaContributionPence + annualPersonContributionPence`.
 */
import type { Pence } from '../money.ts';
import { checkMoneyAmounts } from './money-amounts.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface BudgetAmounts {
  readonly annualTotalPence: Pence;
  readonly annualLaContributionPence: Pence;
  readonly annualPersonContributionPence: Pence;
}

export function checkBudgetArithmetic(budget: BudgetAmounts): readonly RuleViolation[] {
  const amountProblems = checkMoneyAmounts({
    annualTotalPence: budget.annualTotalPence,
    annualLaContributionPence: budget.annualLaContributionPence,
    annualPersonContributionPence: budget.annualPersonContributionPence,
  });
  if (amountProblems.length > 0) return amountProblems;
  const sum = budget.annualLaContributionPence + budget.annualPersonContributionPence;
  if (sum === budget.annualTotalPence) return [];
  return [
    violation(
      'BUDGET_ARITHMETIC',
      `The annual total (${budget.annualTotalPence}p) must equal the council's contribution plus the person's contribution (${sum}p).`,
      ['annualTotalPence'],
    ),
  ];
}
