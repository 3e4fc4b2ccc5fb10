import { describe, expect, it } from 'vitest';
import {
  personalBudgetInputSchema,
  varianceFromIndicativePence,
  weeklyTotalPence,
} from './personal-budget.ts';

const valid = {
  personId: 'p1',
  annualTotalPence: 1_560_000,
  annualPersonContributionPence: 260_000,
  annualLaContributionPence: 1_300_000,
  effectiveFrom: '2024-04-01',
  deployments: [
    { mode: 'DIRECT_PAYMENT', annualAmountPence: 1_040_000 },
    { mode: 'LA_COMMISSIONED', annualAmountPence: 520_000 },
  ],
};

function issuesOf(input: unknown) {
  const result = personalBudgetInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('personalBudgetInputSchema', () => {
  it('accepts a consistent budget', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('reports I-1 at annualTotalPence', () => {
    expect(
      issuesOf({ ...valid, annualPersonContributionPence: 250_000 }).map((i) => i.path),
    ).toEqual(['annualTotalPence']);
  });

  it('reports I-4 at deployments', () => {
    expect(
      issuesOf({ ...valid, deployments: [{ mode: 'DIRECT_PAYMENT', annualAmountPence: 1 }] }).map(
        (i) => i.path,
      ),
    ).toEqual(['deployments']);
  });

  it('rejects fractional pence, duplicate modes and reversed dates at their paths', () => {
    expect(issuesOf({ ...valid, annualTotalPence: 1_560_000.5 }).map((i) => i.path)).toEqual([
      'annualTotalPence',
    ]);
    expect(
      issuesOf({
        ...valid,
        deployments: [
          { mode: 'DIRECT_PAYMENT', annualAmountPence: 780_000 },
          { mode: 'DIRECT_PAYMENT', annualAmountPence: 780_000, managedByOrganisationId: 'org' },
        ],
      }).map((i) => i.path),
    ).toEqual(['deployments', 'deployments.1.managedByOrganisationId']);
    expect(issuesOf({ ...valid, effectiveTo: '2024-03-31' }).map((i) => i.path)).toEqual([
      'effectiveTo',
    ]);
    // An impossible date is reported at its field; the date comparison is skipped, not thrown.
    expect(
      issuesOf({ ...valid, effectiveFrom: '2024-02-30', effectiveTo: '2024-03-31' }).map(
        (i) => i.path,
      ),
    ).toEqual(['effectiveFrom']);
  });

  it('derives weekly total and variance', () => {
    expect(weeklyTotalPence({ annualTotalPence: 1_560_000 })).toBe(30_000);
    expect(varianceFromIndicativePence(1_560_000, 1_500_000)).toBe(60_000);
  });
});
