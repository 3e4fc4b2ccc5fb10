import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/fixtures.ts';
import {
  createSignedOffDirectPaymentBudget,
  type DirectPaymentWorld,
  directPaymentRowCounts,
  SET_UP,
  setUpInput,
  startDirectPaymentWorld,
} from './direct-payment-fixtures.ts';

type Result = {
  setUpDirectPayment: {
    __typename: string;
    agreement?: Record<string, unknown> & { id: string };
    code?: string;
    path?: string[];
  };
};

let world: DirectPaymentWorld;

beforeAll(async () => {
  world = await startDirectPaymentWorld();
});

afterAll(() => world.t.close());

async function setUp(
  input: Record<string, unknown>,
  staff: Parameters<DirectPaymentWorld['tokenOf']>[0] = 'socialWorker',
) {
  return world.t.graphql<Result>(SET_UP, {
    token: await world.tokenOf(staff),
    variables: { input },
  });
}

async function expectRefused(
  input: Record<string, unknown>,
  expected: { __typename: string; code: string; path?: string[] },
  staff: Parameters<DirectPaymentWorld['tokenOf']>[0] = 'socialWorker',
) {
  const before = await directPaymentRowCounts(world.t.db);
  const { body } = await setUp(input, staff);
  expect(body.errors).toBeUndefined();
  expect(body.data?.setUpDirectPayment).toMatchObject(expected);
  expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
}

describe('setUpDirectPayment', () => {
  it('refuses a legal basis that does not fit the person’s capacity (I-7)', async () => {
    await expectRefused(
      setUpInput(world, {
        legalBasis: 'S32',
        recipientType: 'AUTHORISED_PERSON',
        representativeId: null,
      }),
      {
        __typename: 'ValidationError',
        code: 'VALIDATION_FAILED',
        path: ['input', 'recipientRepresentativeId'],
      },
    );
    await expectRefused(setUpInput(world, { legalBasis: 'S32' }), {
      __typename: 'RuleViolationError',
      code: 'DP_CAPACITY_MISMATCH',
      path: ['input', 'legalBasis'],
    });
  });

  it('refuses a person excluded from direct payments (I-7)', async () => {
    await world.t.db.person.update({ where: { id: world.personId }, data: { dpExcluded: true } });
    await expectRefused(setUpInput(world), {
      __typename: 'RuleViolationError',
      code: 'DP_EXCLUDED',
    });
    await world.t.db.person.update({ where: { id: world.personId }, data: { dpExcluded: false } });
  });

  it('refuses a nominated person who is not the person’s nominated person', async () => {
    const advocate = await world.t.db.representative.create({
      data: {
        councilId: world.councilId,
        personId: world.personId,
        role: 'INDEPENDENT_ADVOCATE',
        name: 'Advocacy service',
        validFrom: new Date('2026-01-01T00:00:00Z'),
      },
    });
    await expectRefused(
      setUpInput(world, {
        recipientType: 'NOMINATED_PERSON',
        representativeId: globalId('Representative', advocate.id),
      }),
      {
        __typename: 'RuleViolationError',
        code: 'DP_RECIPIENT_MISMATCH',
        path: ['input', 'representativeId'],
      },
    );
  });

  it('refuses a deployment that is not a direct payment, or of another council, or unknown', async () => {
    const managed = await createSignedOffDirectPaymentBudget(
      world.t.db,
      world.councilId,
      world.personId,
      'LA_MANAGED',
    );
    await expectRefused(
      setUpInput(world, { deploymentId: globalId('BudgetDeployment', managed) }),
      {
        __typename: 'InvalidStateError',
        code: 'INVALID_STATE',
        path: ['input', 'deploymentId'],
      },
    );
    await expectRefused(setUpInput(world, { deploymentId: globalId('Person', world.personId) }), {
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      path: ['input', 'deploymentId'],
    });
  });

  it('refuses a direct payment for a plan with a prison line (I-15)', async () => {
    const other = await createSignedOffDirectPaymentBudget(
      world.t.db,
      world.councilId,
      world.personId,
    );
    const plan = await world.t.db.supportPlan.create({
      data: {
        councilId: world.councilId,
        personId: world.personId,
        version: 1,
        status: 'APPROVED',
        outcomes: [],
        preparedById: world.staffIds.socialWorker,
        startDate: new Date('2026-04-01T00:00:00Z'),
        firstReviewDueDate: new Date('2026-05-20T00:00:00Z'),
        lines: {
          create: {
            councilId: world.councilId,
            position: 1,
            description: 'Support in custody',
            serviceType: 'LT_PRISON',
            serviceComponent: 'OTHER_LONG_TERM_SUPPORT',
            deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
            fundingSource: 'LA',
            unitCostPence: 25_000,
            costFrequency: 'WEEKLY',
            weeklyCostPence: 25_000,
            startDate: new Date('2026-04-01T00:00:00Z'),
            status: 'ACTIVE',
          },
        },
      },
    });
    const deployment = await world.t.db.budgetDeployment.findUniqueOrThrow({
      where: { id: other },
    });
    await world.t.db.personalBudget.update({
      where: { id: deployment.budgetId },
      data: { planId: plan.id },
    });
    await expectRefused(setUpInput(world, { deploymentId: globalId('BudgetDeployment', other) }), {
      __typename: 'RuleViolationError',
      code: 'DP_IN_PRISON',
      path: ['input', 'deploymentId'],
    });
  });

  it('refuses finance officers and auditors', async () => {
    await expectRefused(
      setUpInput(world),
      { __typename: 'ForbiddenError', code: 'FORBIDDEN' },
      'auditor',
    );
    await expectRefused(
      setUpInput(world),
      { __typename: 'ForbiddenError', code: 'FORBIDDEN' },
      'financeOfficer',
    );
  });

  it('sets up an active agreement with policy defaults and the first DP review within 6 months (I-10)', async () => {
    const { body } = await setUp(setUpInput(world, { paymentBasis: null, paymentFrequency: null }));
    expect(body.data?.setUpDirectPayment).toMatchObject({
      __typename: 'MutationSetUpDirectPaymentSuccess',
      agreement: {
        status: 'ACTIVE',
        maskedAccountRef: '****5678',
        paymentBasis: 'NET',
        paymentFrequency: 'FOUR_WEEKLY',
        legalBasis: 'S31',
        weeklyGrossPence: 25_000,
        weeklyContributionPence: 5_000,
        weeklyNetPence: 20_000,
        contingencyWeeks: 4,
        contingencyAllowancePence: 80_000,
        startDate: '2026-04-06',
        firstReviewDueDate: '2026-10-06',
        person: { id: globalId('Person', world.personId) },
      },
    });
    const reviews = await world.t.db.review.findMany({ where: { agreementId: { not: null } } });
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({
      isDirectPaymentReview: true,
      reason: 'PLANNED',
      dueDate: new Date('2026-10-06T00:00:00Z'),
    });
    const stored = await world.t.db.directPaymentAgreement.findFirstOrThrow();
    expect(stored.accountRef).toBe('****5678');
  });

  it('refuses a second agreement for the same deployment', async () => {
    await expectRefused(setUpInput(world), {
      __typename: 'ConflictError',
      code: 'DUPLICATE',
      path: ['input', 'deploymentId'],
    });
  });

  it('lists the agreement on the person as a connection', async () => {
    const { body } = await world.t.graphql<{
      node: { directPaymentAgreements: { edges: { node: { status: string } }[] } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Person { directPaymentAgreements(first: 10) { edges { node { status } } } } } }`,
      {
        token: await world.tokenOf('auditor'),
        variables: { id: globalId('Person', world.personId) },
      },
    );
    expect(body.data?.node.directPaymentAgreements.edges).toEqual([{ node: { status: 'ACTIVE' } }]);
  });
});
