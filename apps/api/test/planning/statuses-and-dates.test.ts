// D20 over HTTP: statuses and dates agree, enforced in the write's transaction
// (nothing written on refusal); sign-off at the signer's own level; reasons for a budget that
// differs from the indicative amount; a first review later than guidance with its reason.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId, type STAFF } from '../support/fixtures.ts';
import { staffTokens } from '../support/staff-tokens.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

const ERROR = '... on Error { __typename code message path }';
const VIOLATIONS = `${ERROR} ... on RuleViolationError { violations { code path } }`;
const DRAFT = `mutation Draft($input: DraftSupportPlanInput!) {
  draftSupportPlan(input: $input) { __typename ... on MutationDraftSupportPlanSuccess { plan { id revision firstReviewDueDate firstReviewLaterReason } } ${VIOLATIONS} } }`;
const SUBMIT = `mutation Submit($input: SubmitSupportPlanInput!) {
  submitSupportPlan(input: $input) { __typename ${ERROR} } }`;
const APPROVE = `mutation Approve($input: ApproveSupportPlanInput!) {
  approveSupportPlan(input: $input) { __typename ${ERROR} } }`;
const AGREE = `mutation Agree($input: AgreePersonalBudgetInput!) {
  agreePersonalBudget(input: $input) { __typename ... on MutationAgreePersonalBudgetSuccess { personalBudget { id version status effectiveFrom effectiveTo indicativeDifferenceReasons } } ${VIOLATIONS} } }`;

const line = {
  description: 'Personal assistant',
  serviceType: 'LT_COMMUNITY',
  serviceComponent: 'DIRECT_PAYMENT',
  deliveryMechanism: 'DIRECT_PAYMENT',
  unitCostPence: 15_000,
  costFrequency: 'WEEKLY',
  startDate: '2026-12-07',
};
const content = {
  startDate: '2026-12-07',
  outcomes: [{ description: 'Stay at home' }, { description: 'See my friends' }],
  lines: [line],
};
const budget = (planId: string, change: Record<string, unknown> = {}) => ({
  planId,
  annualTotalPence: 780_000,
  annualPersonContributionPence: 0,
  deployments: [{ mode: 'DIRECT_PAYMENT', annualAmountPence: 780_000 }],
  effectiveFrom: '2026-12-07',
  approvalLevel: 'MANAGER',
  ...change,
});

type Result = Record<string, unknown> & {
  __typename: string;
  code?: string;
  violations?: { code: string; path: string[] }[];
  plan?: { id: string };
};

let t: TestApi;
let tokens: Record<keyof typeof STAFF, string>;
let councilId: string;
let personId: string;
let assessorId: string;

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-12-01T10:00:00Z') });
  const created = await createCouncilWithStaff(t.db);
  councilId = created.councilId;
  personId = created.personId;
  assessorId = created.staffIds.socialWorker;
  tokens = await staffTokens(t, councilId);
});

beforeEach(async () => {
  await t.db.personalBudget.deleteMany();
  await t.db.supportPlan.deleteMany();
  await t.db.indicativeBudget.deleteMany();
  await t.db.assessment.deleteMany();
  await t.db.councilPolicy.deleteMany();
  await t.db.person.update({ where: { id: personId }, data: { deathDate: null } });
});

afterAll(() => t.close());

async function run(
  query: string,
  input: Record<string, unknown>,
  as: keyof typeof STAFF = 'careCoordinator',
): Promise<Result> {
  const { body } = await t.graphql<Record<string, Result>>(query, {
    token: tokens[as],
    variables: { input },
  });
  expect(body.errors).toBeUndefined();
  const result = Object.values(body.data ?? {})[0];
  if (!result) throw new Error('no result');
  return result;
}

const draft = (change: Record<string, unknown> = {}) =>
  run(DRAFT, { personId: globalId('Person', personId), content: { ...content, ...change } });

async function approvedPlanId(): Promise<string> {
  const plan = { id: (await draft()).plan?.id ?? '' };
  await run(SUBMIT, { planId: plan.id, expectedRevision: 1 });
  await run(APPROVE, { planId: plan.id, expectedRevision: 2 }, 'teamManager');
  return plan.id;
}

describe('plan content: statuses and dates agree (I-13)', () => {
  it.each([
    [
      'an ENDED line whose end date is still to come',
      { lines: [{ ...line, status: 'ENDED', endDate: '2027-01-31' }] },
      'ENDED_WITHOUT_PAST_END_DATE',
      ['input', 'content', 'lines', '0', 'endDate'],
    ],
    [
      'an ENDED line with no end date',
      { lines: [{ ...line, status: 'ENDED' }] },
      'ENDED_WITHOUT_PAST_END_DATE',
      ['input', 'content', 'lines', '0', 'endDate'],
    ],
    [
      'a plan that ends before its line',
      { endDate: '2027-03-31', lines: [{ ...line, endDate: '2027-06-30' }] },
      'PLAN_ENDS_BEFORE_LINES',
      ['input', 'content', 'lines', '0', 'endDate'],
    ],
    [
      'a plan that ends while its line stays open',
      { endDate: '2027-03-31' },
      'PLAN_ENDS_BEFORE_LINES',
      ['input', 'content', 'lines', '0', 'endDate'],
    ],
  ])('refuses %s and writes nothing', async (_case, change, code, path) => {
    const result = await draft(change);
    expect(result).toMatchObject({ __typename: 'RuleViolationError', code, path });
    expect(await t.db.supportPlan.count()).toBe(0);
  });

  it('accepts an ENDED line that has ended, within a plan that covers it', async () => {
    const result = await draft({
      startDate: '2026-11-01',
      endDate: '2027-03-31',
      lines: [{ ...line, startDate: '2026-11-01', status: 'ENDED', endDate: '2026-11-30' }],
    });
    expect(result.__typename).toBe('MutationDraftSupportPlanSuccess');
  });

  it('refuses a service left open past the person’s death', async () => {
    await t.db.person.update({
      where: { id: personId },
      data: { deathDate: new Date('2026-12-20T00:00:00Z') },
    });
    const open = await draft();
    expect(open.__typename).toBe('RuleViolationError');
    expect(open.violations?.map((item) => [item.code, item.path.slice(2).join('.')])).toEqual([
      ['EVENT_AFTER_DEATH', 'endDate'],
      ['EVENT_AFTER_DEATH', 'lines.0.endDate'],
    ]);
    const closed = await draft({
      endDate: '2026-12-20',
      lines: [{ ...line, endDate: '2026-12-20' }],
    });
    expect(closed.__typename).toBe('MutationDraftSupportPlanSuccess');
  });
});

describe('superseding versions without inverted periods', () => {
  it('agreeing the same plan again from the same date supersedes the first with no period', async () => {
    const planId = await approvedPlanId();
    expect((await run(AGREE, budget(planId), 'teamManager')).__typename).toBe(
      'MutationAgreePersonalBudgetSuccess',
    );
    expect((await run(AGREE, budget(planId), 'teamManager')).__typename).toBe(
      'MutationAgreePersonalBudgetSuccess',
    );
    const rows = await t.db.personalBudget.findMany({ orderBy: { version: 'asc' } });
    expect(
      rows.map((row) => [
        row.version,
        row.status,
        row.effectiveFrom.toISOString().slice(0, 10),
        row.effectiveTo?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      [1, 'SUPERSEDED', '2026-12-07', null],
      [2, 'SIGNED_OFF', '2026-12-07', null],
    ]);
  });

  it('a plan version superseded from its own start never ran: no end date, its lines cancelled', async () => {
    const first = await approvedPlanId();
    const plan = { id: (await draft()).plan?.id ?? '' };
    await run(SUBMIT, { planId: plan.id, expectedRevision: 1 });
    expect(
      (await run(APPROVE, { planId: plan.id, expectedRevision: 2 }, 'teamManager')).__typename,
    ).toBe('MutationApproveSupportPlanSuccess');
    const old = await t.db.supportPlan.findUniqueOrThrow({
      where: { id: Buffer.from(first, 'base64').toString().split(':')[1] ?? '' },
      include: { lines: true },
    });
    expect([old.status, old.endDate, old.lines.map((row) => row.status)]).toEqual([
      'SUPERSEDED',
      null,
      ['CANCELLED'],
    ]);
  });
});

describe('sign-off at the signer’s own level (I-5)', () => {
  it('refuses a team manager recording a PANEL sign-off, and writes nothing', async () => {
    const planId = await approvedPlanId();
    const result = await run(AGREE, budget(planId, { approvalLevel: 'PANEL' }), 'teamManager');
    expect(result).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'SIGN_OFF_ABOVE_SIGNER_LEVEL',
      path: ['input', 'approvalLevel'],
    });
    expect(await t.db.personalBudget.count()).toBe(0);
  });

  it('allows it where the council’s policy does not hold staff to their level', async () => {
    await t.db.councilPolicy.create({
      data: {
        councilId,
        effectiveFrom: new Date('2026-01-01T00:00:00Z'),
        policy: { signOffAtOwnLevelOnly: false },
      },
    });
    const planId = await approvedPlanId();
    const result = await run(AGREE, budget(planId, { approvalLevel: 'PANEL' }), 'teamManager');
    expect(result.__typename).toBe('MutationAgreePersonalBudgetSuccess');
  });
});

describe('a final budget that differs from the indicative amount (KM v Cambridgeshire)', () => {
  async function indicativeOf(annualAmountPence: number) {
    const assessment = await t.db.assessment.create({
      data: {
        councilId,
        personId,
        type: 'LONG_TERM',
        format: 'FACE_TO_FACE',
        involvement: 'SERVICE_USER_ONLY',
        startDate: new Date('2026-11-01T00:00:00Z'),
        completedDate: new Date('2026-11-02T00:00:00Z'),
        assessorId,
        complexity: 'MEDIUM',
      },
    });
    await t.db.indicativeBudget.create({
      data: {
        councilId,
        personId,
        assessmentId: assessment.id,
        rasModelVersion: 'test',
        rasPoints: 10,
        weeklyAmountPence: Math.round(annualAmountPence / 52),
        annualAmountPence,
        explanation: 'test',
      },
    });
  }

  it('needs the reasons, then stores and shows them', async () => {
    await indicativeOf(650_000);
    const planId = await approvedPlanId();
    const refused = await run(AGREE, budget(planId), 'teamManager');
    expect(refused).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'INDICATIVE_DIFFERENCE_REASONS_REQUIRED',
      path: ['input', 'indicativeDifferenceReasons'],
    });
    expect(await t.db.personalBudget.count()).toBe(0);
    const reasons = 'A second weekly session is needed for community access';
    const agreed = await run(
      AGREE,
      budget(planId, { indicativeDifferenceReasons: reasons }),
      'teamManager',
    );
    expect(agreed).toMatchObject({ personalBudget: { indicativeDifferenceReasons: reasons } });
  });

  it('needs none when the amounts agree', async () => {
    await indicativeOf(780_000);
    const planId = await approvedPlanId();
    const agreed = await run(AGREE, budget(planId), 'teamManager');
    expect(agreed).toMatchObject({ personalBudget: { indicativeDifferenceReasons: null } });
  });
});

describe('a first review later than guidance (I-10)', () => {
  it('is refused without a reason and stored with one', async () => {
    const refused = await draft({ firstReviewDueDate: '2027-03-01' });
    expect(refused).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'REVIEW_DUE_TOO_LATE',
    });
    const reason = 'Hospital stay until February; review once home';
    const allowed = await draft({
      firstReviewDueDate: '2027-03-01',
      firstReviewLaterReason: reason,
    });
    expect(allowed).toMatchObject({
      plan: { firstReviewDueDate: '2027-03-01', firstReviewLaterReason: reason },
    });
  });

  it('is listed as overdue from the guidance date, marked with the date set and the reason', async () => {
    const reason = 'Respite stay abroad in January; review on return';
    const planId =
      (await draft({ firstReviewDueDate: '2027-03-01', firstReviewLaterReason: reason })).plan
        ?.id ?? '';
    await run(SUBMIT, { planId, expectedRevision: 1 });
    await run(APPROVE, { planId, expectedRevision: 2 }, 'teamManager');
    const { body } = await t.graphql<{
      reviewsOverdue: { edges: { node: Record<string, unknown> }[] };
    }>(
      `query { reviewsOverdue(first: 10, filter: { kind: FIRST_REVIEW, asOf: "2027-02-15" }) {
        edges { node { dueDate scheduledLaterThanGuidance { scheduledDate reason } } } } }`,
      { token: tokens.teamManager },
    );
    expect(body.data?.reviewsOverdue.edges.map((edge) => edge.node)).toEqual([
      {
        dueDate: '2027-02-01',
        scheduledLaterThanGuidance: { scheduledDate: '2027-03-01', reason },
      },
    ]);
  });
});
