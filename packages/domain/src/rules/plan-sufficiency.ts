/**
 * I-2 Sufficiency and affordability (Statutory Guidance 11.24: transparency, timeliness,
 * sufficiency, S-10a). The annualised cost of ACTIVE and PLANNED lines funded by the council or
 * the client must equal the personal budget, within one penny per counted line of rounding.
 * Third-party top-ups and NHS funding are outside the budget. A plan costing more than the budget
 * cannot be signed off; a plan costing less means the budget must come down, unless the gap is
 * justified (for example as contingency).
 */
import type { CostFrequency } from '../code-lists/cost-frequency.ts';
import { type FundingSource, isPersonalBudgetFunding } from '../code-lists/funding-source.ts';
import type { PlanLineStatus } from '../code-lists/plan-line-status.ts';
import { annualLineCostPence } from '../cost-frequency.ts';
import { formatPounds, type Pence, sumPence } from '../money.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface CostedPlanLine {
  readonly status: PlanLineStatus;
  readonly fundingSource: FundingSource;
  readonly unitCostPence: Pence;
  readonly costFrequency: CostFrequency;
  readonly plannedUnitsPerWeekHundredths?: number | null | undefined;
}

export interface PlanSufficiencyInput {
  readonly annualTotalPence: Pence;
  readonly lines: readonly CostedPlanLine[];
  /** Why a plan may cost less than the budget (e.g. "contingency for PA absence"). */
  readonly shortfallJustification?: string | null | undefined;
}

/** Lines that count towards the personal budget. */
export function isBudgetLine(line: CostedPlanLine): boolean {
  return (
    (line.status === 'ACTIVE' || line.status === 'PLANNED') &&
    isPersonalBudgetFunding(line.fundingSource)
  );
}

/** Annual cost of the lines that count towards the budget (one-off lines counted once). */
export function annualPlanCostPence(lines: readonly CostedPlanLine[]): Pence {
  return sumPence(lines.filter(isBudgetLine).map(annualLineCostPence));
}

export function checkPlanSufficiency(input: PlanSufficiencyInput): readonly RuleViolation[] {
  const counted = input.lines.filter(isBudgetLine);
  const planCost = sumPence(counted.map(annualLineCostPence));
  const tolerance = counted.length;
  const difference = planCost - input.annualTotalPence;
  if (difference > tolerance) {
    return [
      violation(
        'PLAN_COST_EXCEEDS_BUDGET',
        `The plan costs ${formatPounds(planCost)} a year, more than the personal budget of ${formatPounds(input.annualTotalPence)}; it cannot be signed off.`,
        ['lines'],
      ),
    ];
  }
  const justified = (input.shortfallJustification ?? '').trim().length > 0;
  if (difference < -tolerance && !justified) {
    return [
      violation(
        'PLAN_COST_BELOW_BUDGET',
        `The plan costs ${formatPounds(planCost)} a year, less than the personal budget of ${formatPounds(input.annualTotalPence)}; reduce the budget or justify the gap.`,
        ['annualTotalPence'],
      ),
    ];
  }
  return [];
}
