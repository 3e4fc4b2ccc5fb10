import { isValidNhsNumber } from '@openpb/domain/entities/nhs-number';
import { createPersonInputSchema } from '@openpb/domain/entities/person';
import { describe, expect, it } from 'vitest';
import { generateBudgets } from './budget-generator.ts';
import { syntheticCouncils } from './councils.ts';
import { generatePerson } from './person-generator.ts';
import { Random } from './random.ts';

const AS_OF = '2026-10-01';

function draw(seed: number, count: number) {
  const random = new Random(seed);
  const [council] = syntheticCouncils(1, random);
  if (!council) throw new Error('no council');
  return Array.from({ length: count }, (_, index) => {
    const person = generatePerson(random, council, index + 1, index, AS_OF);
    return { person, budgets: generateBudgets(random, person, AS_OF) };
  });
}

describe('synthetic caseload', () => {
  const caseload = draw(1, 5_000);
  const current = caseload.flatMap(({ budgets }) =>
    budgets.filter((budget) => budget.status === 'SIGNED_OFF'),
  );

  it('is the same for the same seed and differs for another', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
    expect(draw(43, 50)).not.toEqual(draw(42, 50));
  });

  it('has about a third of budgets as direct payments carrying about half of the money (ADASS 2011)', () => {
    const withDp = current.filter((budget) =>
      budget.deployments.some((d) => d.mode === 'DIRECT_PAYMENT'),
    );
    const dpMoney = current
      .flatMap((budget) => budget.deployments)
      .filter((deployment) => deployment.mode === 'DIRECT_PAYMENT')
      .reduce((sum, deployment) => sum + deployment.annualAmountPence, 0);
    const allMoney = current.reduce((sum, budget) => sum + budget.annualTotalPence, 0);
    expect(withDp.length / current.length).toBeGreaterThan(0.28);
    expect(withDp.length / current.length).toBeLessThan(0.38);
    expect(dpMoney / allMoney).toBeGreaterThan(0.42);
    expect(dpMoney / allMoney).toBeLessThan(0.58);
  });

  it('keeps every budget’s arithmetic exact (I-1, I-4)', () => {
    for (const budget of current) {
      expect(budget.annualLaContributionPence + budget.annualPersonContributionPence).toBe(
        budget.annualTotalPence,
      );
      expect(budget.deployments.reduce((sum, d) => sum + d.annualAmountPence, 0)).toBe(
        budget.annualTotalPence,
      );
      expect(Number.isSafeInteger(budget.annualTotalPence)).toBe(true);
    }
  });

  it('draws only adults who would pass the API’s own validation, with never-issued NHS numbers', () => {
    const schema = createPersonInputSchema(AS_OF);
    for (const { person } of caseload.slice(0, 500)) {
      const parsed = schema.safeParse(person);
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expect(isValidNhsNumber(person.nhsNumber)).toBe(true);
      expect(person.nhsNumber.startsWith('999')).toBe(true);
    }
  });
});
