import { roundHalfUp } from '@openpb/domain/money';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyCouncil, createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import {
  addAgreement,
  addBudget,
  addLedgerEntry,
  addOtherCouncil,
  addPayment,
} from './support/operational-fixtures.ts';
import { addPerson } from './support/reporting-fixtures.ts';

const SUMMARY = /* GraphQL */ `
  query Summary($asOf: Date!) {
    councilSummary(asOf: $asOf) {
      asOf yearStart committedPence paidPence spentPence
      spendByCategory { category entries spentPence }
      indicativeVariance { primarySupportReason budgets meanVariancePence medianVariancePence totalVariancePence }
      averageWeeklyBudgetByReason { primarySupportReason count averageWeeklyPence totalAnnualPence }
      averageWeeklyBudgetByDeploymentMode { deploymentMode count averageWeeklyPence totalAnnualPence }
    }
  }
`;

const AS_OF = '2025-06-30';
const EMPTY_COUNCIL = '00000000-0000-7000-8000-000000000001';

/** The mean of whole pence, rounded half-up to the penny; then ÷ 52 for a weekly figure. */
const mean = (values: number[], weeks = 1) =>
  roundHalfUp(
    values.reduce((sum, value) => sum + value, 0),
    values.length * weeks,
  );

let t: TestApi;
let councilId: string;
let otherCouncilId: string;

beforeAll(async () => {
  t = await startTestApi();
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  await addEmptyCouncil(t.db, EMPTY_COUNCIL);
  const assessorId = setup.staffIds.socialWorker;
  const person = (primarySupportReason: string) =>
    addPerson(t.db, councilId, { birthDate: '1960-01-01', primarySupportReason });
  const budget = async (personId: string, spec: Parameters<typeof addBudget>[2]) =>
    addBudget(t.db, { councilId, personId, assessorId }, spec);

  // in force on the date and signed off
  const physical1 = await person('PHYSICAL_PERSONAL_CARE');
  const mixed = await budget(physical1, {
    annualTotalPence: 520_000,
    indicativeAnnualPence: 500_000,
    deployments: [
      { mode: 'DIRECT_PAYMENT', annualAmountPence: 300_000 },
      { mode: 'LA_MANAGED', annualAmountPence: 220_000 },
    ],
  });
  const physical2 = await person('PHYSICAL_PERSONAL_CARE');
  await budget(physical2, { annualTotalPence: 260_001, indicativeAnnualPence: 270_000 });
  const learning = await person('LEARNING_DISABILITY');
  await budget(learning, {
    annualTotalPence: 1_040_000,
    deployments: [{ mode: 'LA_COMMISSIONED', annualAmountPence: 1_040_000 }],
  });
  // not counted: proposed, ended the day before, starting the day after
  await budget(learning, {
    status: 'PROPOSED',
    annualTotalPence: 999_999,
    indicativeAnnualPence: 1,
  });
  await budget(physical1, { annualTotalPence: 777_777, effectiveTo: '2025-06-29' });
  await budget(physical2, { annualTotalPence: 888_888, effectiveFrom: '2025-07-01' });

  // payments: the first day of the financial year and the summary date count; last year, after
  // the date and unpaid ones do not
  const agreementId = await addAgreement(t.db, {
    councilId,
    personId: physical1,
    assessorId,
    deploymentId: mixed.deploymentIds[0] ?? '',
  });
  const paid = (netAmountPence: number, paidDate: string) =>
    addPayment(
      t.db,
      { councilId, agreementId },
      { netAmountPence, dueDate: paidDate, paidDate, status: 'PAID' },
    );
  await paid(10_000, '2025-04-01');
  await paid(12_000, AS_OF);
  await paid(50_000, '2025-03-31');
  await paid(70_000, '2025-07-01');
  await addPayment(
    t.db,
    { councilId, agreementId },
    { netAmountPence: 9_000, dueDate: '2025-05-01', status: 'SCHEDULED' },
  );
  // spend in the year to date by category, one uncategorised; money in and other years do not count
  const entry = (amountPence: number, postedDate: string, kind = 'SPEND', spendCategory?: string) =>
    addLedgerEntry(
      t.db,
      { councilId, agreementId },
      { kind, amountPence, postedDate, ...(spendCategory ? { spendCategory } : {}) },
    );
  await entry(10_000, '2025-04-01', 'PAYMENT_IN');
  await entry(-3_000, '2025-04-02', 'SPEND', 'PA_WAGES');
  await entry(-2_000, '2025-05-02', 'SPEND', 'PA_WAGES');
  await entry(-1_500, '2025-05-03', 'SPEND', 'AGENCY_HOME_CARE');
  await entry(-500, '2025-05-04');
  await entry(-9_000, '2025-03-30', 'SPEND', 'PA_WAGES');
  await entry(-9_000, '2025-07-02', 'SPEND', 'PA_WAGES');

  const other = await addOtherCouncil(t.db);
  otherCouncilId = other.councilId;
  const outsider = await addPerson(t.db, other.councilId, { birthDate: '1960-01-01' });
  const otherAgreement = await addAgreement(t.db, {
    councilId: other.councilId,
    personId: outsider,
    assessorId: other.staffId,
  });
  await addLedgerEntry(
    t.db,
    { councilId: other.councilId, agreementId: otherAgreement },
    { kind: 'SPEND', amountPence: -4_000, postedDate: '2025-05-01', spendCategory: 'TRANSPORT' },
  );
});

afterAll(async () => {
  await t?.close();
});

async function summary(
  council = councilId,
  roles: Parameters<TestApi['tokenFor']>[0]['roles'] = ['AUDITOR'],
) {
  const token = await t.tokenFor({ councilId: council, roles });
  return t.graphql<{ councilSummary: Record<string, unknown> }>(SUMMARY, {
    token,
    variables: { asOf: AS_OF },
  });
}

describe('Query.councilSummary', () => {
  it('sums committed, paid and spent money and breaks budgets down', async () => {
    const { body } = await summary();
    expect(body.errors).toBeUndefined();
    expect(body.data?.councilSummary).toEqual({
      asOf: AS_OF,
      yearStart: '2025-04-01',
      committedPence: 520_000 + 260_001 + 1_040_000,
      paidPence: 10_000 + 12_000,
      spentPence: 3_000 + 2_000 + 1_500 + 500,
      spendByCategory: [
        { category: 'PA_WAGES', entries: 2, spentPence: 5_000 },
        { category: 'AGENCY_HOME_CARE', entries: 1, spentPence: 1_500 },
        { category: null, entries: 1, spentPence: 500 },
      ],
      indicativeVariance: [
        {
          primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
          budgets: 2,
          // variances +20,000 and −9,999: mean and median 5,000.5 → 5,001
          meanVariancePence: mean([20_000, -9_999]),
          medianVariancePence: 5_001,
          // totals as well as averages (issue 13 item 6, D68)
          totalVariancePence: 20_000 - 9_999,
        },
      ],
      averageWeeklyBudgetByReason: [
        {
          primarySupportReason: 'LEARNING_DISABILITY',
          count: 1,
          averageWeeklyPence: 20_000,
          totalAnnualPence: 1_040_000,
        },
        {
          primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
          count: 2,
          averageWeeklyPence: mean([520_000, 260_001], 52),
          totalAnnualPence: 520_000 + 260_001,
        },
      ],
      averageWeeklyBudgetByDeploymentMode: [
        {
          deploymentMode: 'DIRECT_PAYMENT',
          count: 2,
          averageWeeklyPence: mean([300_000, 260_001], 52),
          totalAnnualPence: 300_000 + 260_001,
        },
        {
          deploymentMode: 'LA_COMMISSIONED',
          count: 1,
          averageWeeklyPence: 20_000,
          totalAnnualPence: 1_040_000,
        },
        {
          deploymentMode: 'LA_MANAGED',
          count: 1,
          averageWeeklyPence: mean([220_000], 52),
          totalAnnualPence: 220_000,
        },
      ],
    });
    expect(mean([20_000, -9_999])).toBe(5_001);
    expect(mean([300_000, 260_001], 52)).toBe(5_385);
  });

  it('shows only the caller’s council', async () => {
    const { body } = await summary(otherCouncilId);
    expect(body.data?.councilSummary).toMatchObject({
      committedPence: 520_000,
      paidPence: 0,
      spentPence: 4_000,
      spendByCategory: [{ category: 'TRANSPORT', entries: 1, spentPence: 4_000 }],
      indicativeVariance: [],
    });
  });

  it('gives zeros and empty breakdowns to a council with no data', async () => {
    const { body } = await summary(EMPTY_COUNCIL);
    expect(body.errors).toBeUndefined();
    expect(body.data?.councilSummary).toEqual({
      asOf: AS_OF,
      yearStart: '2025-04-01',
      committedPence: 0,
      paidPence: 0,
      spentPence: 0,
      spendByCategory: [],
      indicativeVariance: [],
      averageWeeklyBudgetByReason: [],
      averageWeeklyBudgetByDeploymentMode: [],
    });
  });

  it('refuses staff without a reporting or money role', async () => {
    const { body } = await summary(councilId, ['CARE_COORDINATOR']);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
