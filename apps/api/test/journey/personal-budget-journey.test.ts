import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http-server.ts';
import { createCouncilWithStaff, globalId, STAFF, type StaffKey } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

// The whole lifecycle through the real HTTP server, as a council's systems would drive it:
// contact → assessment → indicative budget → plan → approval → budget → direct payment →
// payments → spend → audit → review. Each step reads ids from the previous step's answer.

let t: TestApi;
let url: string;
let close: () => Promise<void>;
let tokens: Record<StaffKey, string>;
let personId: string;

beforeAll(async () => {
  // the journey spans winter 2026/27; "today" is after its last step
  t = await startTestApi({ now: () => new Date('2027-02-01T10:00:00Z') });
  const setup = await createCouncilWithStaff(t.db);
  personId = globalId('Person', setup.personId);
  tokens = Object.fromEntries(
    await Promise.all(
      (Object.keys(STAFF) as StaffKey[]).map(async (key) => [
        key,
        await t.tokenFor({
          councilId: setup.councilId,
          roles: [STAFF[key].role],
          subject: STAFF[key].subject,
        }),
      ]),
    ),
  ) as Record<StaffKey, string>;
  const server = createHttpServer({ api: t.api, corsOrigins: [] });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await t.close();
  };
});

afterAll(() => close());

/** Runs a mutation over HTTP and returns its success payload, failing loudly on any error. */
async function step<T>(
  as: StaffKey,
  mutation: string,
  input: Record<string, unknown>,
  select: string,
): Promise<T> {
  const field = mutation;
  const query = `mutation Journey($input: ${field[0]?.toUpperCase()}${field.slice(1)}Input!) {
    ${field}(input: $input) { __typename ... on Error { code message path } ${select} }
  }`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[as]}` },
    body: JSON.stringify({ query, variables: { input } }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as {
    data?: Record<string, Record<string, unknown>>;
    errors?: unknown;
  };
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const result = body.data?.[field];
  expect(result?.__typename, `${field}: ${JSON.stringify(result)}`).toMatch(/Success$/);
  return result as T;
}

it('takes a person from first contact to their first review', async () => {
  await step(
    'careCoordinator',
    'recordRequest',
    {
      personId,
      receivedDate: '2026-09-01',
      routeOfAccess: 'COMMUNITY_OTHER',
      source: 'FAMILY_OR_CARER',
      closedDate: '2026-09-03',
      outcome: 'PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT',
    },
    '... on MutationRecordRequestSuccess { request { id } }',
  );

  const unable = ['NUTRITION', 'PERSONAL_HYGIENE', 'TOILET_NEEDS'].map((outcome) => ({
    outcome,
    unableToAchieve: true,
    reason: 'WITHOUT_ASSISTANCE',
  }));
  const assessed = await step<{ assessment: { id: string; eligibility: { eligible: boolean } } }>(
    'socialWorker',
    'completeAssessment',
    {
      personId,
      type: 'LONG_TERM',
      format: 'SUPPORTED_SELF_ASSESSMENT',
      involvement: 'SERVICE_USER_AND_CARER',
      startDate: '2026-09-10',
      completedDate: '2026-09-24',
      complexity: 'MEDIUM',
      outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
      eligibility: {
        needsArisingFromImpairmentOrIllness: true,
        significantImpactOnWellbeing: true,
        outcomes: unable,
      },
    },
    '... on MutationCompleteAssessmentSuccess { assessment { id eligibility { eligible } } }',
  );
  expect(assessed.assessment.eligibility.eligible).toBe(true);

  const indicative = await step<{
    indicativeBudget: { annualAmountPence: number; explanation: string };
  }>(
    'socialWorker',
    'calculateIndicativeBudget',
    { assessmentId: assessed.assessment.id },
    '... on MutationCalculateIndicativeBudgetSuccess { indicativeBudget { annualAmountPence explanation } }',
  );
  expect(indicative.indicativeBudget.annualAmountPence).toBeGreaterThan(0);
  expect(indicative.indicativeBudget.explanation.length).toBeGreaterThan(20);

  const line = { serviceType: 'LT_COMMUNITY', startDate: '2026-12-01' };
  const drafted = await step<{ plan: { id: string; revision: number } }>(
    'careCoordinator',
    'draftSupportPlan',
    {
      personId,
      content: {
        startDate: '2026-12-01',
        outcomes: [
          { description: 'Stay living at home' },
          { description: 'Get out to the allotment each week' },
        ],
        lines: [
          {
            ...line,
            description: 'Home care calls',
            serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
            deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
            unitCostPence: 2_500,
            costFrequency: 'HOURLY',
            plannedUnitsPerWeekHundredths: 1_000,
          },
          {
            ...line,
            description: 'Personal assistant',
            serviceComponent: 'DIRECT_PAYMENT',
            deliveryMechanism: 'DIRECT_PAYMENT',
            unitCostPence: 15_000,
            costFrequency: 'WEEKLY',
          },
        ],
      },
    },
    '... on MutationDraftSupportPlanSuccess { plan { id revision } }',
  );
  const planId = drafted.plan.id;
  await step(
    'careCoordinator',
    'submitSupportPlan',
    { planId, expectedRevision: 1 },
    '... on MutationSubmitSupportPlanSuccess { plan { status } }',
  );
  await step(
    'teamManager',
    'approveSupportPlan',
    { planId, expectedRevision: 2 },
    '... on MutationApproveSupportPlanSuccess { plan { status } }',
  );

  // The plan costs more than the indicative amount: the reasons are recorded (KM v Cambridgeshire).
  const indicativeDifferenceReasons =
    'Two calls a day and a personal assistant for community access; the RAS does not price night-time risk';
  const agreed = await step<{
    personalBudget: {
      indicativeDifferenceReasons: string | null;
      deployments: { id: string; mode: string }[];
    };
  }>(
    'teamManager',
    'agreePersonalBudget',
    {
      planId,
      annualTotalPence: 2_080_000,
      annualPersonContributionPence: 0,
      deployments: [
        { mode: 'DIRECT_PAYMENT', annualAmountPence: 780_000 },
        { mode: 'LA_COMMISSIONED', annualAmountPence: 1_300_000 },
      ],
      effectiveFrom: '2026-12-01',
      approvalLevel: 'MANAGER',
      indicativeDifferenceReasons,
    },
    '... on MutationAgreePersonalBudgetSuccess { personalBudget { indicativeDifferenceReasons deployments { id mode } } }',
  );
  expect(agreed.personalBudget.indicativeDifferenceReasons).toBe(indicativeDifferenceReasons);
  const deploymentId = agreed.personalBudget.deployments.find(
    (deployment) => deployment.mode === 'DIRECT_PAYMENT',
  )?.id;

  const setUp = await step<{ agreement: { id: string; firstReviewDueDate: string } }>(
    'socialWorker',
    'setUpDirectPayment',
    {
      deploymentId,
      recipientType: 'SELF',
      legalBasis: 'S31',
      accountType: 'DEDICATED_BANK_ACCOUNT',
      accountRef: '20-00-00 12345678',
      contributionFrequency: 'FOUR_WEEKLY',
      signedDate: '2026-11-25',
      startDate: '2026-12-01',
    },
    '... on MutationSetUpDirectPaymentSuccess { agreement { id firstReviewDueDate } }',
  );
  const agreementId = setUp.agreement.id;
  expect(setUp.agreement.firstReviewDueDate <= '2027-06-01').toBe(true);

  const scheduled = await step<{
    agreement: { payments: { edges: { node: { id: string; netAmountPence: number } }[] } };
  }>(
    'financeOfficer',
    'scheduleDirectPayments',
    { agreementId, firstPeriodStart: '2026-12-01', idempotencyKey: 'schedule-2026' },
    '... on MutationScheduleDirectPaymentsSuccess { agreement { payments(first: 100) { edges { node { id netAmountPence } } } } }',
  );
  const payments = scheduled.agreement.payments.edges.map((edge) => edge.node);
  expect(payments.reduce((sum, payment) => sum + payment.netAmountPence, 0)).toBe(780_000);

  const first = payments[0];
  for (let attempt = 0; attempt < 2; attempt++) {
    // a retried payment is paid once
    await step(
      'financeOfficer',
      'recordDirectPayment',
      { paymentId: first?.id, paidDate: '2026-12-01', idempotencyKey: 'pay-1' },
      '... on MutationRecordDirectPaymentSuccess { payment { status } }',
    );
  }
  await step(
    'financeOfficer',
    'recordAccountTransaction',
    {
      agreementId,
      kind: 'SPEND',
      postedDate: '2026-12-12',
      amountPence: -36_000,
      counterpartyName: 'PA wages',
      counterpartyType: 'PA',
      spendCategory: 'PA_WAGES',
      idempotencyKey: 'spend-1',
    },
    '... on MutationRecordAccountTransactionSuccess { transaction { id } }',
  );

  const audited = await step<{ audit: { closingBalancePence: number; spentPence: number } }>(
    'financeOfficer',
    'completeAudit',
    {
      agreementId,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-28',
      outcome: 'NO_ACTION',
    },
    '... on MutationCompleteAuditSuccess { audit { closingBalancePence spentPence } }',
  );
  expect(audited.audit.closingBalancePence).toBe((first?.netAmountPence ?? 0) - 36_000);

  const reviewed = await step<{ review: { outcomesAchieved: string } }>(
    'socialWorker',
    'recordReview',
    {
      personId,
      planId,
      reason: 'PLANNED',
      involvement: 'SERVICE_USER_ONLY',
      completedDate: '2027-01-20',
      outcomesAchieved: 'FULLY_MET',
      outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
    },
    '... on MutationRecordReviewSuccess { review { outcomesAchieved } }',
  );
  expect(reviewed.review.outcomesAchieved).toBe('FULLY_MET');

  // the person's timeline shows the journey, newest first, from one query
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens.auditor}` },
    body: JSON.stringify({
      query: `query Timeline($id: ID!) { node(id: $id) { ... on Person { timeline(first: 20) { edges { node { kind } } } } } }`,
      variables: { id: personId },
    }),
  });
  const { data } = (await response.json()) as {
    data: { node: { timeline: { edges: { node: { kind: string } }[] } } };
  };
  const kinds = new Set(data.node.timeline.edges.map((edge) => edge.node.kind));
  for (const kind of [
    'REQUEST',
    'ASSESSMENT',
    'SUPPORT_PLAN',
    'PERSONAL_BUDGET',
    'DIRECT_PAYMENT_AGREEMENT',
    'REVIEW',
  ]) {
    expect(kinds.has(kind), kind).toBe(true);
  }
  expect(await t.db.directPayment.count({ where: { status: 'PAID' } })).toBe(1);
});
