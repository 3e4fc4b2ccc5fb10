import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import {
  addAgreement,
  addAllocation,
  addBudget,
  addLedgerEntry,
  addRecovery,
  addStaff,
} from './support/operational-fixtures.ts';
import { addLongTermAssessment, addPerson, addPlan } from './support/reporting-fixtures.ts';

/**
 * Every report as at a past date (D21): a council whose history moved on after 31 March 2025 —
 * a plan superseded, lines ended, a person dead, a budget revised, an agreement terminated, a
 * recovery completed, an allocation closed — must still report 31 March 2025 as it stood then.
 */
const PAST = '2025-03-31';
const TODAY = '2025-09-30';

const REPORTS = /* GraphQL */ `
  query AsAt($asOf: Date!) {
    ascof3d(snapshotDate: $asOf) {
      part1a { dhsc { ...Figures } recorded { ...Figures } }
      part2a { dhsc { ...Figures } }
      part1b { dhsc { ...Figures } }
      personalBudgetCoverage { ...Ratio }
    }
    councilSummary(asOf: $asOf) { committedPence }
    reviewsOverdue(first: 50, filter: { asOf: $asOf }) {
      edges { node { kind person { id } supportPlan { id } directPaymentAgreement { id } } }
    }
    directPaymentSurpluses(first: 50, filter: { asOf: $asOf }) {
      edges { node { directPaymentAgreement { id } recoverablePence } }
    }
    recoveries(first: 50, filter: { asOf: $asOf }) {
      edges { node { recovery { id status } statusAsOf outstandingPence ageDays } }
    }
    recoverySummary(asOf: $asOf) {
      byStatus { status recoveries recoveredPence }
      ageing { bucket recoveries outstandingPence }
    }
    caseloadByQualification(asOf: $asOf) { qualification openCases }
    complexCasesWithoutQualifiedWorker(first: 50, asOf: $asOf) {
      edges { node { allocation { id } } }
    }
  }
  fragment Ratio on Ratio { numerator denominator }
  fragment Figures on Ascof3dFigures { total { ...Ratio } age18To64 { ...Ratio } age65AndOver { ...Ratio } }
`;

interface Edges<N> {
  edges: { node: N }[];
}

interface AsAtReports {
  ascof3d: {
    part1a: { dhsc: Figures; recorded: Figures };
    part2a: { dhsc: Figures };
    part1b: { dhsc: Figures };
    personalBudgetCoverage: Ratio;
  };
  councilSummary: { committedPence: number };
  reviewsOverdue: Edges<{
    kind: string;
    person: { id: string };
    supportPlan: { id: string } | null;
    directPaymentAgreement: { id: string } | null;
  }>;
  directPaymentSurpluses: Edges<{
    directPaymentAgreement: { id: string };
    recoverablePence: number;
  }>;
  recoveries: Edges<{
    recovery: { id: string; status: string };
    statusAsOf: string;
    outstandingPence: number;
    ageDays: number;
  }>;
  recoverySummary: {
    byStatus: { status: string; recoveries: number; recoveredPence: number }[];
    ageing: { bucket: string; recoveries: number; outstandingPence: number }[];
  };
  caseloadByQualification: { qualification: string; openCases: number }[];
  complexCasesWithoutQualifiedWorker: Edges<{ allocation: { id: string } }>;
}

interface Ratio {
  numerator: number;
  denominator: number;
}
interface Figures {
  total: Ratio;
  age18To64: Ratio;
  age65AndOver: Ratio;
}

let t: TestApi;
let councilId: string;
const ids = {
  superseded: '',
  replaced: '',
  revised: '',
  ended: '',
  dead: '',
  deadPlan: '',
  supersededPlan: '',
  currentPlan: '',
  terminated: '',
  recovery: '',
  allocation: '',
};

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date(`${TODAY}T10:00:00Z`) });
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  const staffIds = setup.staffIds;
  const staff = staffIds.socialWorker;
  const planOf = (personId: string) => ({ councilId, personId, preparedById: staff });

  // 64 on 31 March 2025: a direct payment under plan v1, superseded on 1 June 2025 by v2 with
  // commissioned support only (the approval left v1's line open, as approveSupportPlan does)
  ids.superseded = await addPerson(t.db, councilId, { birthDate: '1960-06-15' });
  const [v1Line] = await addPlan(t.db, planOf(ids.superseded), {
    status: 'SUPERSEDED',
    lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT' }],
  });
  const v1 = await t.db.supportPlanLine.findUniqueOrThrow({ where: { id: v1Line ?? '' } });
  ids.supersededPlan = v1.planId;
  await t.db.supportPlan.update({
    where: { id: v1.planId },
    data: { endDate: new Date('2025-05-31T00:00:00Z') },
  });
  const [v2Line] = await addPlan(t.db, planOf(ids.superseded), {
    version: 2,
    startDate: '2025-06-01',
    lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
  });
  ids.currentPlan = (
    await t.db.supportPlanLine.findUniqueOrThrow({ where: { id: v2Line ?? '' } })
  ).planId;
  // the budget revised after the snapshot: v1 (£5,200 a year) superseded by v2 (£6,000)
  await addLongTermAssessment(
    t.db,
    { councilId, personId: ids.superseded, assessorId: staff },
    { completedDate: '2024-01-01', eligible: true },
  );
  const budget = await addBudget(
    t.db,
    { councilId, personId: ids.superseded, assessorId: staff },
    { status: 'SUPERSEDED', annualTotalPence: 520_000, effectiveTo: '2025-05-31' },
  );
  await addBudget(
    t.db,
    { councilId, personId: ids.superseded, assessorId: staff },
    { annualTotalPence: 600_000, effectiveFrom: '2025-06-01' },
  );
  // its direct payment agreement, terminated with plan v1, held a surplus on 31 March
  ids.terminated = await addAgreement(
    t.db,
    {
      councilId,
      personId: ids.superseded,
      assessorId: staff,
      deploymentId: budget.deploymentIds[0] ?? '',
    },
    { status: 'TERMINATED', endDate: '2025-05-31' },
  );
  await addLedgerEntry(
    t.db,
    { councilId, agreementId: ids.terminated },
    { kind: 'PAYMENT_IN', amountPence: 900_000, postedDate: '2025-01-01' },
  );
  // a recovery raised in February, notified in March, recovered in April
  ids.recovery = await addRecovery(
    t.db,
    { councilId, agreementId: ids.terminated },
    {
      status: 'RECOVERED',
      amountPence: 50_000,
      recoveredPence: 50_000,
      raisedDate: '2025-02-01',
      notifiedDate: '2025-03-01',
      recoveredDate: '2025-04-15',
    },
  );

  // 75: a managed personal budget line ended in June 2025
  ids.ended = await addPerson(t.db, councilId, { birthDate: '1950-01-10' });
  await addPlan(t.db, planOf(ids.ended), {
    lines: [
      {
        serviceType: 'LT_COMMUNITY',
        deliveryMechanism: 'CASSR_MANAGED_PERSONAL_BUDGET',
        endDate: '2025-06-30',
        status: 'ENDED',
      },
    ],
  });

  // 80: died on 1 July 2025; the death ended the plan and its line
  ids.dead = await addPerson(t.db, councilId, { birthDate: '1945-02-02', deathDate: '2025-07-01' });
  const [deadLine] = await addPlan(t.db, planOf(ids.dead), {
    status: 'ENDED',
    lines: [
      {
        serviceType: 'LT_COMMUNITY',
        deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
        endDate: '2025-07-01',
        status: 'ENDED',
      },
    ],
  });
  ids.deadPlan = (
    await t.db.supportPlanLine.findUniqueOrThrow({ where: { id: deadLine ?? '' } })
  ).planId;
  await t.db.supportPlan.update({
    where: { id: ids.deadPlan },
    data: { endDate: new Date('2025-07-01T00:00:00Z') },
  });

  // a carer with a direct payment under a plan superseded in May 2025
  const carer = await addPerson(t.db, councilId, { birthDate: '1970-01-01', clientType: 'CARER' });
  const [carerLine] = await addPlan(t.db, planOf(carer), {
    status: 'SUPERSEDED',
    startDate: '2024-06-01',
    lines: [{ serviceType: 'CARER_DIRECT', deliveryMechanism: 'DIRECT_PAYMENT' }],
  });
  const carerPlan = await t.db.supportPlanLine.findUniqueOrThrow({
    where: { id: carerLine ?? '' },
  });
  await t.db.supportPlan.update({
    where: { id: carerPlan.planId },
    data: { endDate: new Date('2025-05-31T00:00:00Z') },
  });

  // a HIGH-complexity case held by an assistant until May 2025
  const assistant = await addStaff(t.db, councilId, { qualification: 'SOCIAL_WORK_ASSISTANT' });
  ids.allocation = await addAllocation(
    t.db,
    { councilId, staffId: assistant, personId: ids.ended },
    { complexity: 'HIGH', fromDate: '2025-01-01', toDate: '2025-05-31' },
  );
});

afterAll(async () => {
  await t?.close();
});

async function reportsAsOf(asOf: string): Promise<AsAtReports> {
  const token = await t.tokenFor({ councilId, roles: ['TEAM_MANAGER'] });
  const { body } = await t.graphql<AsAtReports>(REPORTS, { token, variables: { asOf } });
  expect(body.errors).toBeUndefined();
  if (!body.data) throw new Error('no data');
  return body.data;
}

const ratio = (numerator: number, denominator: number) => ({ numerator, denominator });

describe('reports as at a past date, decided by dates and history', () => {
  it('ASCOF 3D counts the superseded plan, the line ended later, the person who died later', async () => {
    const { ascof3d } = await reportsAsOf(PAST);
    // community: the DP (18–64, superseded later), the managed PB (75, ended later), the
    // commissioned support of the person who died later (80)
    expect(ascof3d.part1a.dhsc).toEqual({
      total: ratio(2, 3),
      age18To64: ratio(1, 1),
      age65AndOver: ratio(1, 2),
    });
    expect(ascof3d.part1a.recorded).toEqual(ascof3d.part1a.dhsc);
    expect(ascof3d.part2a.dhsc.total).toEqual(ratio(1, 3));
    expect(ascof3d.part1b.dhsc.total).toEqual(ratio(1, 1));
    // the eligible person's budget v1 was in force (revised after the snapshot)
    expect(ascof3d.personalBudgetCoverage).toEqual(ratio(1, 1));
  });

  it('ASCOF 3D today sees only what is in force today', async () => {
    const { ascof3d } = await reportsAsOf(TODAY);
    expect(ascof3d.part1a.dhsc.total).toEqual(ratio(0, 1));
    // the carer's plan ran into this year (to 31 May), so they count over the year to today
    expect(ascof3d.part1b.dhsc.total).toEqual(ratio(1, 1));
    expect(ascof3d.personalBudgetCoverage).toEqual(ratio(1, 1));
  });

  it('the council summary commits the budget version in force on the date', async () => {
    expect((await reportsAsOf(PAST)).councilSummary.committedPence).toBe(520_000);
    expect((await reportsAsOf(TODAY)).councilSummary.committedPence).toBe(600_000);
  });

  it('reviews are owed on plan versions and agreements in force, by people alive, on the date', async () => {
    const owed = (reports: AsAtReports) =>
      reports.reviewsOverdue.edges.map(
        ({ node }) => node.supportPlan?.id ?? node.directPaymentAgreement?.id,
      );
    const past = owed(await reportsAsOf(PAST));
    expect(past).toContain(globalId('SupportPlan', ids.supersededPlan));
    expect(past).toContain(globalId('SupportPlan', ids.deadPlan));
    expect(past).toContain(globalId('DirectPaymentAgreement', ids.terminated));
    expect(past).not.toContain(globalId('SupportPlan', ids.currentPlan));
    const today = owed(await reportsAsOf(TODAY));
    expect(today).toContain(globalId('SupportPlan', ids.currentPlan));
    expect(today).not.toContain(globalId('SupportPlan', ids.supersededPlan));
    expect(today).not.toContain(globalId('SupportPlan', ids.deadPlan));
    expect(today).not.toContain(globalId('DirectPaymentAgreement', ids.terminated));
  });

  it('a surplus is listed while its agreement ran, whatever its status now', async () => {
    const past = (await reportsAsOf(PAST)).directPaymentSurpluses.edges;
    expect(past.map(({ node }) => node.directPaymentAgreement.id)).toEqual([
      globalId('DirectPaymentAgreement', ids.terminated),
    ]);
    expect(past[0]?.node.recoverablePence).toBe(900_000 - 40_000);
    expect((await reportsAsOf(TODAY)).directPaymentSurpluses.edges).toEqual([]);
  });

  it('a recovery completed later was notified and outstanding on the date', async () => {
    const past = await reportsAsOf(PAST);
    expect(past.recoveries.edges.map(({ node }) => node)).toEqual([
      {
        recovery: { id: globalId('Recovery', ids.recovery), status: 'RECOVERED' },
        statusAsOf: 'NOTIFIED',
        outstandingPence: 50_000,
        ageDays: 58,
      },
    ]);
    expect(past.recoverySummary.byStatus).toContainEqual({
      status: 'NOTIFIED',
      recoveries: 1,
      recoveredPence: 0,
    });
    expect(past.recoverySummary.ageing).toContainEqual({
      bucket: 'DAYS_31_TO_90',
      recoveries: 1,
      outstandingPence: 50_000,
    });
    const today = await reportsAsOf(TODAY);
    expect(today.recoveries.edges[0]?.node).toMatchObject({
      statusAsOf: 'RECOVERED',
      outstandingPence: 0,
    });
    expect(today.recoverySummary.byStatus).toContainEqual({
      status: 'RECOVERED',
      recoveries: 1,
      recoveredPence: 50_000,
    });
  });

  it('caseloads and complex cases count the allocations open on the date', async () => {
    const past = await reportsAsOf(PAST);
    expect(past.caseloadByQualification).toContainEqual({
      qualification: 'SOCIAL_WORK_ASSISTANT',
      openCases: 1,
    });
    expect(past.complexCasesWithoutQualifiedWorker.edges).toEqual([
      { node: { allocation: { id: globalId('Allocation', ids.allocation) } } },
    ]);
    const today = await reportsAsOf(TODAY);
    expect(today.complexCasesWithoutQualifiedWorker.edges).toEqual([]);
    expect(today.caseloadByQualification).not.toContainEqual({
      qualification: 'SOCIAL_WORK_ASSISTANT',
      openCases: 1,
    });
  });
});
