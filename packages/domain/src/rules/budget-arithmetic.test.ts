import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBudgetArithmetic } from './budget-arithmetic.ts';

describe('I-1 checkBudgetArithmetic', () => {
  it('passes when total = council + person', () => {
    expect(
      checkBudgetArithmetic({
        annualTotalPence: 1_560_000,
        annualLaContributionPence: 1_300_000,
        annualPersonContributionPence: 260_000,
      }),
    ).toEqual([]);
  });

  it('fails with BUDGET_ARITHMETIC at annualTotalPence', () => {
    const [problem, ...rest] = checkBudgetArithmetic({
      annualTotalPence: 1_560_000,
      annualLaContributionPence: 1_300_000,
      annualPersonContributionPence: 260_001,
    });
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: 'BUDGET_ARITHMETIC', path: ['annualTotalPence'] });
  });

  it('reports bad amounts (I-18) instead of arithmetic', () => {
    expect(
      checkBudgetArithmetic({
        annualTotalPence: 10.5,
        annualLaContributionPence: -1,
        annualPersonContributionPence: 11.5,
      }).map((v) => [v.code, v.path]),
    ).toEqual([
      ['NOT_WHOLE_PENCE', ['annualTotalPence']],
      ['NEGATIVE_AMOUNT', ['annualLaContributionPence']],
      ['NOT_WHOLE_PENCE', ['annualPersonContributionPence']],
    ]);
  });

  it('holds exactly when the total is the sum of the parts (property)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 1e12 }),
        fc.nat({ max: 1e12 }),
        fc.integer({ min: -5, max: 5 }),
        (la, person, delta) => {
          const violations = checkBudgetArithmetic({
            annualTotalPence: la + person + delta,
            annualLaContributionPence: la,
            annualPersonContributionPence: person,
          });
          expect(violations.length === 0).toBe(delta === 0);
        },
      ),
    );
  });
});
