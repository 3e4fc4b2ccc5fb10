import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  addEmptyCouncil,
  createCouncilWithStaff,
  globalId,
  personalAssistant,
  type STAFF,
} from '../support/fixtures.ts';
import { staffTokens } from '../support/staff-tokens.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

const PLAN_FIELDS = /* GraphQL */ `
  fragment PlanFields on SupportPlan {
    id version revision status startDate firstReviewDueDate
    outcomes { description }
    lines { position serviceType deliveryMechanism weeklyCostPence annualCostPence }
    costs { weeklyCostPence annualCostPence annualBudgetPence annualDifferencePence }
  }
`;
const ERROR = '... on Error { __typename code message path }';
const ERROR_FIELDS = `${ERROR} ... on RuleViolationError { violations { code path } }`;

const DRAFT = `${PLAN_FIELDS}
  mutation Draft($input: DraftSupportPlanInput!) {
    draftSupportPlan(input: $input) { __typename ... on MutationDraftSupportPlanSuccess { plan { ...PlanFields } } ${ERROR_FIELDS} }
  }`;
const REVISE = `${PLAN_FIELDS}
  mutation Revise($input: ReviseSupportPlanInput!) {
    reviseSupportPlan(input: $input) { __typename ... on MutationReviseSupportPlanSuccess { plan { ...PlanFields } } ${ERROR_FIELDS} }
  }`;
const SUBMIT = `mutation Submit($input: SubmitSupportPlanInput!) {
    submitSupportPlan(input: $input) { __typename ... on MutationSubmitSupportPlanSuccess { plan { status revision } } ${ERROR} }
  }`;
const APPROVE = `mutation Approve($input: ApproveSupportPlanInput!) {
    approveSupportPlan(input: $input) { __typename ... on MutationApproveSupportPlanSuccess { plan { status revision } } ${ERROR} }
  }`;
const REJECT = `mutation Reject($input: RejectSupportPlanInput!) {
    rejectSupportPlan(input: $input) {
      __typename
      ... on MutationRejectSupportPlanSuccess { plan { status revision rejectedAt rejectionReason } }
      ${ERROR}
    }
  }`;
const AGREE = `mutation Agree($input: AgreePersonalBudgetInput!) {
    agreePersonalBudget(input: $input) {
      __typename
      ... on MutationAgreePersonalBudgetSuccess { personalBudget { status version annualTotalPence annualLaContributionPence weeklyTotalPence deployments { mode annualAmountPence } plan { costs { annualDifferencePence } } } }
      ${ERROR_FIELDS}
    }
  }`;

// £25 an hour for 10 hours a week (£13,000 a year) and a £150 weekly direct payment (£7,800 a year)
const homeCare = {
  description: 'Morning and evening calls',
  serviceType: 'LT_COMMUNITY',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
  unitCostPence: 2_500,
  costFrequency: 'HOURLY',
  plannedUnitsPerWeekHundredths: 1_000,
  startDate: '2026-12-01',
};
const content = {
  startDate: '2026-12-01',
  outcomes: [
    { description: 'I want to stay in my own home' },
    { description: 'I want to get to my chapel on Sundays' },
  ],
  lines: [homeCare, personalAssistant],
};

type Body = {
  data?: Record<string, Record<string, unknown> & { __typename: string }>;
  errors?: unknown[];
};

let t: TestApi;
let tokens: Record<keyof typeof STAFF, string>;
let personGlobalId: string;

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-11-23T10:00:00Z') });
  const { councilId, personId } = await createCouncilWithStaff(t.db);
  personGlobalId = globalId('Person', personId);
  tokens = await staffTokens(t, councilId);
});

beforeEach(async () => {
  await t.db.personalBudget.deleteMany();
  await t.db.supportPlan.deleteMany();
});

afterAll(() => t.close());

async function run(
  query: string,
  input: Record<string, unknown>,
  as: keyof typeof STAFF = 'careCoordinator',
) {
  const { body } = await t.graphql<Body['data']>(query, {
    token: tokens[as],
    variables: { input },
  });
  expect(body.errors).toBeUndefined();
  const result = Object.values(body.data ?? {})[0];
  if (!result) throw new Error('no result');
  return result as Record<string, unknown> & {
    __typename: string;
    plan?: Record<string, unknown>;
    code?: string;
    path?: string[];
  };
}

async function draftedPlan() {
  const result = await run(DRAFT, { personId: personGlobalId, content });
  return result.plan as { id: string; revision: number };
}

async function approvedPlan() {
  const plan = await draftedPlan();
  await run(SUBMIT, { planId: plan.id, expectedRevision: plan.revision });
  await run(APPROVE, { planId: plan.id, expectedRevision: plan.revision + 1 }, 'teamManager');
  return plan;
}

describe('draftSupportPlan', () => {
  it('drafts version 1 with costed lines, totals and the first review due within 56 days', async () => {
    const result = await run(DRAFT, { personId: personGlobalId, content });
    expect(result.__typename).toBe('MutationDraftSupportPlanSuccess');
    expect(result.plan).toMatchObject({
      version: 1,
      revision: 1,
      status: 'DRAFT',
      firstReviewDueDate: '2027-01-26',
      lines: [
        { position: 0, weeklyCostPence: 25_000, annualCostPence: 1_300_000 },
        { position: 1, weeklyCostPence: 15_000, annualCostPence: 780_000 },
      ],
      costs: {
        weeklyCostPence: 40_000,
        annualCostPence: 2_080_000,
        annualBudgetPence: null,
        annualDifferencePence: null,
      },
    });
  });

  it('refuses a direct-payment hourly line without planned units (I-14) as a RuleViolationError and writes nothing', async () => {
    const { plannedUnitsPerWeekHundredths: _units, ...noUnits } = homeCare;
    const directPayment = {
      ...noUnits,
      serviceComponent: 'DIRECT_PAYMENT',
      deliveryMechanism: 'DIRECT_PAYMENT',
    };
    const result = await run(DRAFT, {
      personId: personGlobalId,
      content: { ...content, lines: [directPayment] },
    });
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'CLD_COST_INCOMPLETE',
      path: ['input', 'content', 'lines', '0', 'plannedUnitsPerWeekHundredths'],
    });
    expect(await t.db.supportPlan.count()).toBe(0);
  });

  it('refuses any hourly line without planned units, since the plan could not be costed', async () => {
    const { plannedUnitsPerWeekHundredths: _units, ...noUnits } = homeCare;
    const result = await run(DRAFT, {
      personId: personGlobalId,
      content: { ...content, lines: [noUnits] },
    });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'content', 'lines', '0', 'plannedUnitsPerWeekHundredths'],
    });
    expect(await t.db.supportPlan.count()).toBe(0);
  });

  it('refuses a direct payment in prison (I-15)', async () => {
    const result = await run(DRAFT, {
      personId: personGlobalId,
      content: { ...content, lines: [{ ...personalAssistant, serviceType: 'LT_PRISON' }] },
    });
    expect(result).toMatchObject({ __typename: 'RuleViolationError', code: 'DP_IN_PRISON' });
    expect(await t.db.supportPlan.count()).toBe(0);
  });

  it('refuses a first review later than 56 days after the start (I-10)', async () => {
    const result = await run(DRAFT, {
      personId: personGlobalId,
      content: { ...content, firstReviewDueDate: '2027-03-01' },
    });
    expect(result).toMatchObject({ __typename: 'RuleViolationError', code: 'REVIEW_DUE_TOO_LATE' });
    expect(await t.db.supportPlan.count()).toBe(0);
  });

  it('refuses a malformed line with a ValidationError at the field', async () => {
    const result = await run(DRAFT, {
      personId: personGlobalId,
      content: { ...content, lines: [{ ...homeCare, unitCostPence: -5 }] },
    });
    expect(result).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'content', 'lines', '0', 'unitCostPence'],
    });
    expect(await t.db.supportPlanLine.count()).toBe(0);
  });

  it('refuses a person of another council (or none) as not found', async () => {
    const result = await run(DRAFT, {
      personId: globalId('Person', '0190a7c0-0000-7000-8000-00000000ffff'),
      content,
    });
    expect(result).toMatchObject({ __typename: 'NotFoundError', path: ['input', 'personId'] });
  });

  it('allows one open draft at a time', async () => {
    await draftedPlan();
    const second = await run(DRAFT, { personId: personGlobalId, content });
    expect(second).toMatchObject({ __typename: 'ConflictError', code: 'DUPLICATE' });
    expect(await t.db.supportPlan.count()).toBe(1);
  });

  it('refuses roles that do not do casework', async () => {
    const result = await run(DRAFT, { personId: personGlobalId, content }, 'financeOfficer');
    expect(result).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const audited = await run(DRAFT, { personId: personGlobalId, content }, 'auditor');
    expect(audited.__typename).toBe('ForbiddenError');
    expect(await t.db.supportPlan.count()).toBe(0);
  });
});

describe('reviseSupportPlan', () => {
  it('replaces a draft’s lines and bumps its revision', async () => {
    const plan = await draftedPlan();
    const result = await run(REVISE, {
      planId: plan.id,
      expectedRevision: 1,
      content: { ...content, lines: [homeCare] },
    });
    expect(result.plan).toMatchObject({ revision: 2, costs: { annualCostPence: 1_300_000 } });
    expect(await t.db.supportPlanLine.count()).toBe(1);
  });

  it('refuses a stale revision with VERSION_CONFLICT and changes nothing', async () => {
    const plan = await draftedPlan();
    await run(REVISE, { planId: plan.id, expectedRevision: 1, content });
    const stale = await run(REVISE, {
      planId: plan.id,
      expectedRevision: 1,
      content: { ...content, lines: [homeCare] },
    });
    expect(stale).toMatchObject({
      __typename: 'ConflictError',
      code: 'VERSION_CONFLICT',
      path: ['input', 'expectedRevision'],
    });
    expect(await t.db.supportPlanLine.count()).toBe(2);
  });

  it('refuses to revise a submitted plan', async () => {
    const plan = await draftedPlan();
    await run(SUBMIT, { planId: plan.id, expectedRevision: 1 });
    const result = await run(REVISE, { planId: plan.id, expectedRevision: 2, content });
    expect(result).toMatchObject({ __typename: 'InvalidStateError', code: 'INVALID_STATE' });
  });
});

describe('submit and approve', () => {
  it('submits, then approves by someone other than the preparer', async () => {
    const plan = await draftedPlan();
    expect(await run(SUBMIT, { planId: plan.id, expectedRevision: 1 })).toMatchObject({
      plan: { status: 'SUBMITTED', revision: 2 },
    });
    const self = await run(APPROVE, { planId: plan.id, expectedRevision: 2 }, 'careCoordinator');
    expect(self.__typename).toBe('ForbiddenError');
    expect(
      await run(APPROVE, { planId: plan.id, expectedRevision: 2 }, 'teamManager'),
    ).toMatchObject({
      plan: { status: 'APPROVED', revision: 3 },
    });
  });

  it('refuses to submit a plan with fewer than two outcomes', async () => {
    const result = await run(DRAFT, {
      personId: personGlobalId,
      content: { ...content, outcomes: [{ description: 'Stay at home' }] },
    });
    const plan = result.plan as { id: string };
    const submitted = await run(SUBMIT, { planId: plan.id, expectedRevision: 1 });
    expect(submitted).toMatchObject({ __typename: 'ValidationError', path: ['plan', 'outcomes'] });
    expect((await t.db.supportPlan.findFirstOrThrow()).status).toBe('DRAFT');
  });

  it('refuses a stale, a repeated and an unknown submission, changing nothing', async () => {
    const plan = await draftedPlan();
    expect(await run(SUBMIT, { planId: plan.id, expectedRevision: 2 })).toMatchObject({
      __typename: 'ConflictError',
      code: 'VERSION_CONFLICT',
      path: ['input', 'expectedRevision'],
    });
    expect(await t.db.supportPlan.findFirstOrThrow()).toMatchObject({
      status: 'DRAFT',
      revision: 1,
      submittedAt: null,
    });
    expect(await run(SUBMIT, { planId: plan.id, expectedRevision: 1 })).toMatchObject({
      plan: { status: 'SUBMITTED', revision: 2 },
    });
    expect(await run(SUBMIT, { planId: plan.id, expectedRevision: 2 })).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      message: 'The plan is submitted; it must be draft to submit it',
    });
    const unknown = globalId('SupportPlan', '0192d3f0-0000-7000-8000-000000000000');
    expect(await run(SUBMIT, { planId: unknown, expectedRevision: 1 })).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'planId'],
    });
    expect(await t.db.supportPlan.findFirstOrThrow()).toMatchObject({
      status: 'SUBMITTED',
      revision: 2,
    });
  });

  it('refuses a worker whose staff record was deactivated, changing nothing', async () => {
    const plan = await draftedPlan();
    const staff = { subject: 'staff:cc' };
    // the token's identity is still cached (the clock stands still): the submission's own read
    // of the staff record refuses
    await t.db.staffMember.updateMany({ where: staff, data: { active: false } });
    try {
      expect(await run(SUBMIT, { planId: plan.id, expectedRevision: 1 })).toMatchObject({
        __typename: 'ForbiddenError',
        code: 'FORBIDDEN',
      });
    } finally {
      await t.db.staffMember.updateMany({ where: staff, data: { active: true } });
    }
    expect(await t.db.supportPlan.findFirstOrThrow()).toMatchObject({
      status: 'DRAFT',
      revision: 1,
      preparedById: expect.any(String),
    });
  });

  it('supersedes the approved version when the next one is approved', async () => {
    const first = await approvedPlan();
    const second = (
      await run(DRAFT, {
        personId: personGlobalId,
        content: {
          ...content,
          startDate: '2027-02-01',
          lines: [{ ...homeCare, startDate: '2027-02-01' }],
        },
      })
    ).plan as { id: string };
    await run(SUBMIT, { planId: second.id, expectedRevision: 1 });
    await run(APPROVE, { planId: second.id, expectedRevision: 2 }, 'teamManager');
    const rows = await t.db.supportPlan.findMany({ orderBy: { version: 'asc' } });
    expect(
      rows.map((row) => [row.version, row.status, row.endDate?.toISOString().slice(0, 10) ?? null]),
    ).toEqual([
      [1, 'SUPERSEDED', '2027-01-31'],
      [2, 'APPROVED', null],
    ]);
    expect(first.id).not.toBe(second.id);
  });
});

// issue 14 item 1 (D90): an approver returns a SUBMITTED version with a reason; it becomes REJECTED
describe('rejectSupportPlan', () => {
  const reason = 'The evening call does not cover the medication prompt in the assessment';

  /** A version drafted and submitted by the care coordinator: revision 2. */
  async function submittedPlan() {
    const plan = await draftedPlan();
    await run(SUBMIT, { planId: plan.id, expectedRevision: 1 });
    return plan.id;
  }

  function rejections(planId: string) {
    return t.db.domainEvent.count({ where: { type: 'support_plan.rejected', subject: planId } });
  }

  async function unchanged(planId: string) {
    const row = await t.db.supportPlan.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'SUBMITTED', revision: 2, rejectionReason: null });
    expect(await rejections(planId)).toBe(0);
  }

  it('returns a submitted plan with its reason: REJECTED, the event recorded, the write audited', async () => {
    const planId = await submittedPlan();
    const rejected = await run(
      REJECT,
      { planId, expectedRevision: 2, reason: `  ${reason} ` },
      'teamManager',
    );
    expect(rejected).toMatchObject({
      __typename: 'MutationRejectSupportPlanSuccess',
      plan: {
        status: 'REJECTED',
        revision: 3,
        rejectedAt: '2026-11-23T10:00:00.000Z',
        rejectionReason: reason,
      },
    });
    const row = await t.db.supportPlan.findFirstOrThrow({
      include: { rejectedBy: true, lines: true },
    });
    expect(row.rejectedBy?.subject).toBe('staff:tm');
    // it never ran: its lines are cancelled, as a withdrawn version's are
    expect(row.lines.map((line) => line.status)).toEqual(['CANCELLED', 'CANCELLED']);
    // a plan the council's own staff drafted: no proposal event
    expect(
      await t.db.domainEvent.findMany({
        where: {
          type: { in: ['support_plan.rejected', 'support_plan_proposal.rejected'] },
          subject: planId,
        },
        select: { type: true },
      }),
    ).toEqual([{ type: 'support_plan.rejected' }]);
    expect(
      await t.db.auditLogEntry.findMany({
        where: { operation: { startsWith: 'Reject:' }, kind: 'WRITE' },
        select: { actorSubject: true, outcome: true },
      }),
    ).toContainEqual({ actorSubject: 'staff:tm', outcome: 'OK' });
    // the worker drafts the next version
    expect((await run(DRAFT, { personId: personGlobalId, content })).__typename).toBe(
      'MutationDraftSupportPlanSuccess',
    );
  });

  it('refuses the worker who prepared it (four eyes): Forbidden, nothing written, audited', async () => {
    const planId = await submittedPlan();
    const manager = await t.db.staffMember.findFirstOrThrow({ where: { subject: 'staff:tm' } });
    await t.db.supportPlan.updateMany({ data: { preparedById: manager.id } });
    const own = await run(REJECT, { planId, expectedRevision: 2, reason }, 'teamManager');
    expect(own).toMatchObject({ __typename: 'ForbiddenError', path: ['input', 'planId'] });
    await unchanged(planId);
    expect(
      await t.db.auditLogEntry.findMany({
        where: { operation: { startsWith: 'Reject:' }, actorSubject: 'staff:tm' },
        orderBy: { id: 'desc' },
        take: 1,
        select: { outcome: true },
      }),
    ).toEqual([{ outcome: 'FORBIDDEN' }]);
  });

  it('needs a reason: blank or too long is a ValidationError at input.reason, nothing written', async () => {
    const planId = await submittedPlan();
    for (const given of ['   ', 'x'.repeat(2001)]) {
      const refused = await run(
        REJECT,
        { planId, expectedRevision: 2, reason: given },
        'teamManager',
      );
      expect(refused).toMatchObject({ __typename: 'ValidationError', path: ['input', 'reason'] });
    }
    await unchanged(planId);
  });

  it('refuses a draft with the lifecycle’s InvalidState', async () => {
    const plan = await draftedPlan();
    const result = await run(
      REJECT,
      { planId: plan.id, expectedRevision: 1, reason },
      'teamManager',
    );
    expect(result).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'The plan is draft; it must be submitted to reject it',
    });
    expect((await t.db.supportPlan.findFirstOrThrow()).status).toBe('DRAFT');
  });

  it('refuses a stale revision, another council’s plan, a non-approver and a rejected plan', async () => {
    const planId = await submittedPlan();
    const stale = await run(REJECT, { planId, expectedRevision: 1, reason }, 'teamManager');
    expect(stale.code).toBe('VERSION_CONFLICT');
    const otherCouncil = await t.tokenFor({
      subject: 'staff:other-tm',
      councilId: await addEmptyCouncil(t.db),
      roles: ['TEAM_MANAGER'],
    });
    const { body } = await t.graphql<Body['data']>(REJECT, {
      token: otherCouncil,
      variables: { input: { planId, expectedRevision: 2, reason } },
    });
    expect(body.data?.rejectSupportPlan?.__typename).toBe('NotFoundError');
    // the approver's roles only, as for approval
    const coordinator = await run(REJECT, { planId, expectedRevision: 2, reason });
    expect(coordinator.__typename).toBe('ForbiddenError');
    await unchanged(planId);
    await run(REJECT, { planId, expectedRevision: 2, reason }, 'socialWorker');
    const again = await run(REJECT, { planId, expectedRevision: 3, reason }, 'teamManager');
    expect(again.__typename).toBe('InvalidStateError');
    expect(await rejections(planId)).toBe(1);
  });
});

describe('agreePersonalBudget', () => {
  const agreement = (planId: string, change: Record<string, unknown> = {}) => ({
    planId,
    annualTotalPence: 2_080_000,
    annualPersonContributionPence: 208_000,
    deployments: [
      { mode: 'DIRECT_PAYMENT', annualAmountPence: 780_000 },
      { mode: 'LA_COMMISSIONED', annualAmountPence: 1_300_000 },
    ],
    effectiveFrom: '2026-12-01',
    approvalLevel: 'MANAGER',
    ...change,
  });

  it('signs off the s26 amounts of an approved plan', async () => {
    const plan = await approvedPlan();
    const result = await run(AGREE, agreement(plan.id), 'teamManager');
    expect(result).toMatchObject({
      __typename: 'MutationAgreePersonalBudgetSuccess',
      personalBudget: {
        status: 'SIGNED_OFF',
        version: 1,
        annualTotalPence: 2_080_000,
        annualLaContributionPence: 1_872_000,
        weeklyTotalPence: 40_000,
        plan: { costs: { annualDifferencePence: 0 } },
      },
    });
  });

  it.each([
    [
      'a total the plan costs more than (I-2)',
      {
        annualTotalPence: 2_000_000,
        deployments: [{ mode: 'DIRECT_PAYMENT', annualAmountPence: 2_000_000 }],
      },
      'PLAN_COST_EXCEEDS_BUDGET',
    ],
    [
      'deployments that do not add up (I-4)',
      { deployments: [{ mode: 'DIRECT_PAYMENT', annualAmountPence: 780_000 }] },
      'DEPLOYMENTS_DO_NOT_SUM',
    ],
    [
      'a contribution above the total (I-1)',
      { annualPersonContributionPence: 3_000_000 },
      'BUDGET_ARITHMETIC',
    ],
    [
      'a sign-off level below what the amount needs (I-5)',
      { approvalLevel: 'TEAM' },
      'APPROVAL_LIMIT_EXCEEDED',
    ],
  ])('refuses %s and writes nothing', async (_case, change, code) => {
    const plan = await approvedPlan();
    const result = await run(AGREE, agreement(plan.id, change), 'teamManager');
    expect(result.__typename).toBe('RuleViolationError');
    expect((result.violations as { code: string }[]).map((violation) => violation.code)).toContain(
      code,
    );
    expect(await t.db.personalBudget.count()).toBe(0);
    expect(await t.db.budgetDeployment.count()).toBe(0);
  });

  it('refuses a signer whose own limit is below the budget (I-5)', async () => {
    const plan = await approvedPlan();
    const result = await run(AGREE, agreement(plan.id), 'socialWorker');
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'APPROVAL_LIMIT_EXCEEDED',
    });
    expect(await t.db.personalBudget.count()).toBe(0);
  });

  it('refuses a plan that is not approved', async () => {
    const plan = await draftedPlan();
    const result = await run(AGREE, agreement(plan.id), 'teamManager');
    expect(result).toMatchObject({ __typename: 'InvalidStateError', path: ['input', 'planId'] });
  });

  it('supersedes the budget in force', async () => {
    const plan = await approvedPlan();
    await run(AGREE, agreement(plan.id), 'teamManager');
    await run(AGREE, agreement(plan.id, { effectiveFrom: '2027-04-01' }), 'teamManager');
    const rows = await t.db.personalBudget.findMany({ orderBy: { version: 'asc' } });
    expect(
      rows.map((row) => [
        row.version,
        row.status,
        row.effectiveTo?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      [1, 'SUPERSEDED', '2027-03-31'],
      [2, 'SIGNED_OFF', null],
    ]);
  });
});
