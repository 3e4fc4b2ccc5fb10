import { isValidNhsNumber } from '@openpb/domain/entities/nhs-number';
import { createPersonInputSchema } from '@openpb/domain/entities/person';
import { describe, expect, it } from 'vitest';
import { generateBudgets } from './budget-generator.ts';
import { generateCaseloadRows } from './caseload-rows.ts';
import { syntheticCouncils } from './councils.ts';
import { DEMO_STAFF } from './demo-council.ts';
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

describe('synthetic lifecycle', () => {
  const { rows } = generateCaseloadRows({ seed: 1, people: 5_000 });
  const people = rows.person.length;
  const share = (count: number, of: number) => count / of;
  const staffById = new Map(rows.staffMember.map((member) => [member.id, member]));
  const qualified = (staffId: string) =>
    staffById.get(staffId)?.qualification === 'REGISTERED_SOCIAL_WORKER';
  const keyWorkers = rows.allocation.filter((allocation) => allocation.role === 'KEY_WORKER');

  it('is the same for the same seed and differs for another', () => {
    const first = generateCaseloadRows({ seed: 42, people: 60 }).rows;
    expect(generateCaseloadRows({ seed: 42, people: 60 }).rows).toEqual(first);
    expect(generateCaseloadRows({ seed: 43, people: 60 }).rows.person).not.toEqual(first.person);
  });

  it('gives every row of the data set its own id', () => {
    const ids = Object.values(rows).flatMap((tableRows) =>
      tableRows.map((row: { id?: string }) => row.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps about a third of current budgets as direct payments with about half the money', () => {
    const current = rows.personalBudget.filter((budget) => budget.status === 'SIGNED_OFF');
    const currentIds = new Set(current.map((budget) => budget.id));
    const deployments = rows.budgetDeployment.filter((d) => currentIds.has(d.budgetId));
    const dp = deployments.filter((d) => d.mode === 'DIRECT_PAYMENT');
    const money = (list: typeof deployments) =>
      list.reduce((sum, d) => sum + d.annualAmountPence, 0);
    expect(share(new Set(dp.map((d) => d.budgetId)).size, current.length)).toBeGreaterThan(0.28);
    expect(share(new Set(dp.map((d) => d.budgetId)).size, current.length)).toBeLessThan(0.38);
    expect(share(money(dp), money(deployments))).toBeGreaterThan(0.42);
    expect(share(money(dp), money(deployments))).toBeLessThan(0.58);
  });

  it('has about 15% of people with a review overdue', () => {
    const overdue = new Set(
      rows.review
        .filter((review) => review.completedDate === null && review.dueDate < '2026-10-01')
        .map((review) => review.personId),
    );
    expect(share(overdue.size, people)).toBeGreaterThan(0.1);
    expect(share(overdue.size, people)).toBeLessThan(0.2);
    for (const plan of rows.supportPlan.filter((candidate) => candidate.status === 'APPROVED')) {
      expect(plan.nextReviewDueDate).not.toBeNull();
    }
  });

  it('has safeguarding concerns for about 3% of people, some affecting the direct payment with an unplanned review', () => {
    expect(
      share(new Set(rows.safeguardingConcern.map((c) => c.personId)).size, people),
    ).toBeGreaterThan(0.02);
    expect(
      share(new Set(rows.safeguardingConcern.map((c) => c.personId)).size, people),
    ).toBeLessThan(0.04);
    expect(rows.safeguardingConcern.some((concern) => concern.affectsDirectPayment)).toBe(true);
    expect(
      rows.review.some(
        (review) =>
          review.reason === 'UNPLANNED_SAFEGUARDING_CONCERN' && review.isDirectPaymentReview,
      ),
    ).toBe(true);
  });

  it('staffs the council with 40–50% registered social workers and the demo personas', () => {
    const rsw = rows.staffMember.filter(
      (member) => member.qualification === 'REGISTERED_SOCIAL_WORKER',
    );
    expect(share(rsw.length, rows.staffMember.length)).toBeGreaterThanOrEqual(0.4);
    expect(share(rsw.length, rows.staffMember.length)).toBeLessThanOrEqual(0.5);
    for (const persona of DEMO_STAFF) {
      expect(rows.staffMember).toContainEqual(expect.objectContaining({ ...persona }));
    }
    const qualifications = new Set(rows.staffMember.map((member) => member.qualification));
    for (const kind of [
      'CARE_COORDINATOR',
      'ASSESSMENT_OFFICER',
      'SOCIAL_WORK_ASSISTANT',
      'OCCUPATIONAL_THERAPIST',
      'DP_OFFICER',
    ]) {
      expect(qualifications).toContain(kind);
    }
  });

  it('gives about 10% of cases HIGH complexity, mostly (not all) held by registered social workers', () => {
    const high = keyWorkers.filter((allocation) => allocation.complexity === 'HIGH');
    expect(share(high.length, keyWorkers.length)).toBeGreaterThan(0.07);
    expect(share(high.length, keyWorkers.length)).toBeLessThan(0.13);
    const heldByQualified = share(high.filter((a) => qualified(a.staffId)).length, high.length);
    expect(heldByQualified).toBeGreaterThan(0.8);
    expect(heldByQualified).toBeLessThan(1);
  });

  it('assesses about a fifth of long-term assessments as supported self-assessments', () => {
    const completed = rows.assessment.filter(
      (a) => a.type === 'LONG_TERM' && a.completedDate !== null,
    );
    const supported = completed.filter((a) => a.format === 'SUPPORTED_SELF_ASSESSMENT');
    expect(share(supported.length, completed.length)).toBeGreaterThan(0.15);
    expect(share(supported.length, completed.length)).toBeLessThan(0.25);
  });

  it('sets final budgets either side of the indicative RAS amount', () => {
    const indicative = new Map(rows.indicativeBudget.map((ib) => [ib.id, ib]));
    const ratios = rows.personalBudget
      .filter((budget) => budget.version === 1)
      .map(
        (budget) =>
          budget.annualTotalPence /
          (indicative.get(budget.indicativeBudgetId ?? '')?.annualAmountPence ?? 0),
      );
    const mean = ratios.reduce((sum, ratio) => sum + ratio, 0) / ratios.length;
    expect(mean).toBeGreaterThan(0.9);
    expect(mean).toBeLessThan(1.15);
    expect(ratios.some((ratio) => ratio > 1.1)).toBe(true);
    expect(ratios.some((ratio) => ratio < 0.9)).toBe(true);
  });

  it('moves money through direct payment accounts: about 25 ledger entries per person, some surpluses recovered', () => {
    expect(share(rows.accountTransaction.length, people)).toBeGreaterThan(15);
    expect(share(rows.accountTransaction.length, people)).toBeLessThan(40);
    const kinds = new Set(rows.accountTransaction.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['CONTRIBUTION_IN', 'PAYMENT_IN', 'RECOVERY', 'SPEND']);
    const categories = new Set(rows.accountTransaction.map((entry) => entry.spendCategory));
    for (const category of [
      'PA_WAGES',
      'AGENCY_HOME_CARE',
      'PAYROLL_SERVICE',
      'EMPLOYERS_LIABILITY_INSURANCE',
    ]) {
      expect(categories).toContain(category);
    }
    expect(rows.directPaymentAudit.some((audit) => audit.recoverablePence > 0)).toBe(true);
    expect(rows.directPaymentAudit.some((audit) => audit.outcome === 'NO_ACTION')).toBe(true);
    expect(rows.recovery.some((recovery) => recovery.status === 'RECOVERED')).toBe(true);
  });

  it('gives people who lack capacity an authorised person under s32', () => {
    const capacity = new Map(rows.person.map((person) => [person.id, person.mentalCapacityForDp]));
    const s32 = rows.directPaymentAgreement.filter(
      (a) => capacity.get(a.personId) === 'LACKS_CAPACITY',
    );
    expect(s32.length).toBeGreaterThan(0);
    for (const agreement of s32) {
      expect(agreement.legalBasis).toBe('S32');
      expect(agreement.recipientType).toBe('AUTHORISED_PERSON');
    }
  });
});
