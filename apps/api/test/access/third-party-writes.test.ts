import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type DirectPaymentWorld,
  setUpAgreement,
  startDirectPaymentWorld,
} from '../direct-payments/direct-payment-fixtures.ts';
import { globalId } from '../support/fixtures.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';

// A third-party app writes for a person only under a delegation in force with the scope the write
// needs (I-17); every write and refusal is audited on whose behalf, and a refusal writes nothing.

const SECRET = 'third-party-writes-secret-0123456789';
const ERROR = '... on Error { code path }';

const PROPOSE = `mutation Propose($input: ProposeSupportPlanInput!) {
  proposeSupportPlan(input: $input) {
    __typename
    ... on MutationProposeSupportPlanSuccess { proposal { planId version status } }
    ${ERROR}
  }
}`;
const SUBMIT_SPEND = `mutation SubmitSpend($input: SubmitSpendInput!) {
  submitSpend(input: $input) {
    __typename
    ... on MutationSubmitSpendSuccess { spend { id status transactionId postedDate amountPence evidenceRef } }
    ... on RuleViolationError { violations { code } }
    ${ERROR}
  }
}`;
const SUBMIT_PLAN = `mutation Submit($input: SubmitSupportPlanInput!) {
  submitSupportPlan(input: $input) { __typename ... on MutationSubmitSupportPlanSuccess { plan { revision } } ${ERROR} }
}`;
const APPROVE_PLAN = `mutation Approve($input: ApproveSupportPlanInput!) {
  approveSupportPlan(input: $input) { __typename ${ERROR} }
}`;
const REJECT_PLAN = `mutation Reject($input: RejectSupportPlanInput!) {
  rejectSupportPlan(input: $input) { __typename ${ERROR} }
}`;

const content = {
  startDate: '2026-12-01',
  outcomes: [
    { description: 'I want to stay in my own home' },
    { description: 'I want to swim on Saturdays' },
  ],
  lines: [
    {
      description: 'Personal assistant for swimming',
      serviceType: 'LT_COMMUNITY',
      serviceComponent: 'DIRECT_PAYMENT',
      deliveryMechanism: 'DIRECT_PAYMENT',
      unitCostPence: 6_000,
      costFrequency: 'WEEKLY',
      startDate: '2026-12-01',
    },
  ],
};

let world: DirectPaymentWorld;
let organisationId: string;
let brokerToken: string;
let agreementId: string;
let outsiderPersonId: string;

type Outcome = { __typename: string; code?: string } & Record<string, unknown>;

async function delegate(scopes: string[], change: Record<string, unknown> = {}) {
  const delegation = await world.t.db.delegation.create({
    data: {
      councilId: world.councilId,
      personId: world.personId,
      organisationId,
      scopes,
      grantedBy: 'PERSON',
      validFrom: new Date('2026-01-01T00:00:00Z'),
      recordedBySubject: 'staff:sw',
      ...change,
    },
  });
  return delegation.id;
}

async function asBroker(query: string, field: string, input: Record<string, unknown>) {
  const { body } = await world.t.graphql<Record<string, Outcome>>(query, {
    token: brokerToken,
    variables: { input },
  });
  const outcome = body.data?.[field];
  if (!outcome) throw new Error(JSON.stringify(body));
  return outcome;
}

function proposal(personId = world.personId) {
  return { personId: globalId('Person', personId), content };
}

function spend(change: Record<string, unknown> = {}) {
  return {
    agreementId,
    postedDate: '2026-11-20',
    amountPence: -4_500,
    counterpartyName: 'Leisure Centre',
    counterpartyType: 'RETAIL',
    spendCategory: 'ACTIVITY_OR_MEMBERSHIP',
    evidenceRef: 'RCPT-2026-0042',
    idempotencyKey: 'swim-2026-11-20',
    ...change,
  };
}

async function writtenRows() {
  const [plans, transactions, submissions] = await Promise.all([
    world.t.db.supportPlan.count(),
    world.t.db.accountTransaction.count(),
    world.t.db.spendSubmission.count(),
  ]);
  return { plans, transactions, submissions };
}

/** The newest audit rows of the broker's operation (its WRITE, then its DENIAL, if any). */
async function auditOf(operationName: string) {
  return world.t.db.auditLogEntry.findMany({
    where: { actorSubject: 'client:writes-app', operation: { startsWith: `${operationName}:` } },
    orderBy: { id: 'desc' },
    take: 2,
  });
}

beforeAll(async () => {
  world = await startDirectPaymentWorld();
  const { t } = world;
  const app = await registerThirdPartyApp(t, {
    councilId: world.councilId,
    clientId: 'writes-app',
    secret: SECRET,
    organisation: { type: 'DPSS', name: 'Riverside Support Services' },
  });
  organisationId = app.organisationId;
  brokerToken = app.token;
  agreementId = await setUpAgreement(world);
  // a person of another council who delegated to the same organisation there
  const other = await t.db.council.create({
    data: { laCode: '999', name: 'Elsewhere Council', region: 'North West' },
  });
  const outsider = await t.db.person.create({
    data: {
      councilId: other.id,
      laPersonId: 'EL-1',
      givenName: 'Ann',
      familyName: 'Elsewhere',
      birthDate: new Date('1950-01-01T00:00:00Z'),
      gender: 'FEMALE',
      ethnicity: 'WHITE_BRITISH',
      postcode: 'EL1 1AA',
      clientType: 'SERVICE_USER',
      primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
      accommodationStatus: 'OWNER_OCCUPIER',
      mentalCapacityForDp: 'CAPACITY_PRESENT',
    },
  });
  outsiderPersonId = outsider.id;
  await t.db.delegation.create({
    data: {
      councilId: other.id,
      personId: outsider.id,
      organisationId,
      scopes: ['PROPOSE_PLAN', 'SUBMIT_EVIDENCE'],
      grantedBy: 'PERSON',
      validFrom: new Date('2026-01-01T00:00:00Z'),
      recordedBySubject: 'staff:elsewhere',
    },
  });
});

beforeEach(async () => {
  const { db } = world.t;
  await db.spendSubmission.deleteMany();
  await db.accountTransaction.deleteMany();
  await db.idempotencyRecord.deleteMany();
  await db.supportPlan.deleteMany();
  await db.delegation.updateMany({
    where: { councilId: world.councilId, revokedAt: null },
    data: { revokedAt: new Date('2026-11-01T00:00:00Z') },
  });
});

afterAll(() => world.t.close());

describe('proposeSupportPlan', () => {
  it('proposes a draft version on the person’s behalf, which staff then submit and approve', async () => {
    const delegationId = await delegate(['PROPOSE_PLAN']);
    const outcome = await asBroker(PROPOSE, 'proposeSupportPlan', proposal());
    expect(outcome).toMatchObject({
      __typename: 'MutationProposeSupportPlanSuccess',
      proposal: { version: 1, status: 'DRAFT' },
    });
    const plan = await world.t.db.supportPlan.findFirstOrThrow();
    expect(plan).toMatchObject({ delegationId, preparedById: null, status: 'DRAFT' });
    const [write] = await auditOf('Propose');
    expect(write).toMatchObject({
      kind: 'WRITE',
      outcome: 'OK',
      actingForPersonId: world.personId,
      delegationId,
    });

    const planId = (outcome.proposal as { planId: string }).planId;
    const submitted = await world.t.graphql<{ submitSupportPlan: Outcome }>(SUBMIT_PLAN, {
      token: await world.tokenOf('careCoordinator'),
      variables: { input: { planId, expectedRevision: 1 } },
    });
    expect(submitted.body.data?.submitSupportPlan.__typename).toBe(
      'MutationSubmitSupportPlanSuccess',
    );
    // whoever submits a proposal prepared it: someone else approves it
    expect((await world.t.db.supportPlan.findFirstOrThrow()).preparedById).toBe(
      world.staffIds.careCoordinator,
    );
    const approved = await world.t.graphql<{ approveSupportPlan: Outcome }>(APPROVE_PLAN, {
      token: await world.tokenOf('teamManager'),
      variables: { input: { planId, expectedRevision: 2 } },
    });
    expect(approved.body.data?.approveSupportPlan.__typename).toBe(
      'MutationApproveSupportPlanSuccess',
    );
    // the app hears that its proposal was accepted (issue 14 item 1)
    expect(
      await world.t.db.domainEvent.findMany({
        where: { type: 'support_plan_proposal.accepted' },
        select: { personId: true },
      }),
    ).toEqual([{ personId: world.personId }]);
    const seen = await world.t.graphql<{ node: unknown }>(
      `query Plan($id: ID!) { node(id: $id) { ... on SupportPlan { status proposedUnder { organisationName } } } }`,
      { token: await world.tokenOf('socialWorker'), variables: { id: planId } },
    );
    expect(seen.body.data?.node).toEqual({
      status: 'APPROVED',
      proposedUnder: { organisationName: 'Riverside Support Services' },
    });
  });

  it('tells the app when staff reject its proposal, and lets it read why (D90)', async () => {
    await delegate(['PROPOSE_PLAN', 'READ_PLAN']);
    const outcome = await asBroker(PROPOSE, 'proposeSupportPlan', proposal());
    const planId = (outcome.proposal as { planId: string }).planId;
    await world.t.graphql(SUBMIT_PLAN, {
      token: await world.tokenOf('careCoordinator'),
      variables: { input: { planId, expectedRevision: 1 } },
    });
    const reason = 'A personal assistant for swimming needs a risk assessment first';
    const rejected = await world.t.graphql<{ rejectSupportPlan: Outcome }>(REJECT_PLAN, {
      token: await world.tokenOf('teamManager'),
      variables: { input: { planId, expectedRevision: 2, reason } },
    });
    expect(rejected.body.data?.rejectSupportPlan.__typename).toBe(
      'MutationRejectSupportPlanSuccess',
    );
    expect(
      await world.t.db.domainEvent.findMany({
        where: { type: { endsWith: '.rejected' } },
        orderBy: { type: 'asc' },
        select: { type: true, personId: true },
      }),
    ).toEqual([
      { type: 'support_plan.rejected', personId: world.personId },
      { type: 'support_plan_proposal.rejected', personId: world.personId },
    ]);
    const seen = await world.t.graphql<{ node: unknown }>(
      `query Plan($id: ID!) { node(id: $id) { ... on SupportPlan { status rejectionReason } } }`,
      { token: brokerToken, variables: { id: planId } },
    );
    expect(seen.body.data?.node).toEqual({ status: 'REJECTED', rejectionReason: reason });
  });

  it('checks the proposal with the domain’s plan rules', async () => {
    await delegate(['PROPOSE_PLAN']);
    const outcome = await asBroker(PROPOSE, 'proposeSupportPlan', {
      ...proposal(),
      content: { ...content, lines: [{ ...content.lines[0], costFrequency: 'HOURLY' }] },
    });
    expect(outcome).toMatchObject({
      __typename: 'RuleViolationError',
      code: 'CLD_COST_INCOMPLETE',
    });
    expect(await writtenRows()).toEqual({ plans: 0, transactions: 0, submissions: 0 });
  });

  it('refuses a delegation without PROPOSE_PLAN: Forbidden, nothing written, denial audited for the person', async () => {
    const delegationId = await delegate(['READ_PLAN', 'SUBMIT_EVIDENCE']);
    const outcome = await asBroker(PROPOSE, 'proposeSupportPlan', proposal());
    expect(outcome).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await writtenRows()).toEqual({ plans: 0, transactions: 0, submissions: 0 });
    const [denial] = await auditOf('Propose');
    expect(denial).toMatchObject({
      kind: 'DENIAL',
      outcome: 'FORBIDDEN',
      actingForPersonId: world.personId,
      delegationId,
    });
  });

  it('refuses a grant by a person who has since lost capacity (I-17)', async () => {
    await delegate(['PROPOSE_PLAN']);
    await world.t.db.person.update({
      where: { id: world.personId },
      data: { mentalCapacityForDp: 'LACKS_CAPACITY' },
    });
    const outcome = await asBroker(PROPOSE, 'proposeSupportPlan', proposal());
    await world.t.db.person.update({
      where: { id: world.personId },
      data: { mentalCapacityForDp: 'CAPACITY_PRESENT' },
    });
    expect(outcome).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await writtenRows()).toEqual({ plans: 0, transactions: 0, submissions: 0 });
  });

  it.each([
    ['no delegation', async () => undefined],
    ['a revoked delegation', () => delegate(['PROPOSE_PLAN'], { revokedAt: new Date() })],
    [
      'an expired delegation',
      () => delegate(['PROPOSE_PLAN'], { validTo: new Date('2026-10-31T00:00:00Z') }),
    ],
    [
      'a delegation not yet in force',
      () => delegate(['PROPOSE_PLAN'], { validFrom: new Date('2026-12-01T00:00:00Z') }),
    ],
  ])(
    'answers %s exactly like a person who does not exist, and audits the refusal',
    async (_, arrange) => {
      await arrange();
      const refused = await asBroker(PROPOSE, 'proposeSupportPlan', proposal());
      const unknown = await asBroker(
        PROPOSE,
        'proposeSupportPlan',
        proposal('0190a7c0-0000-7000-8000-00000000beef'),
      );
      const foreign = await asBroker(PROPOSE, 'proposeSupportPlan', proposal(outsiderPersonId));
      expect(refused).toEqual({
        __typename: 'NotFoundError',
        code: 'NOT_FOUND',
        path: ['input', 'personId'],
      });
      expect(unknown).toEqual(refused);
      expect(foreign).toEqual(refused);
      expect(await writtenRows()).toEqual({ plans: 0, transactions: 0, submissions: 0 });
      const [, denial] = await auditOf('Propose');
      expect(denial).toMatchObject({
        kind: 'DENIAL',
        outcome: 'NO_DELEGATION',
        actingForPersonId: null,
      });
    },
  );
});

describe('submitSpend', () => {
  it('holds evidenced spend for the council’s review once per key, marked with its delegation (D98)', async () => {
    const delegationId = await delegate(['SUBMIT_EVIDENCE']);
    const first = await asBroker(SUBMIT_SPEND, 'submitSpend', spend());
    expect(first).toMatchObject({
      __typename: 'MutationSubmitSpendSuccess',
      spend: {
        status: 'SUBMITTED',
        transactionId: null,
        postedDate: '2026-11-20',
        amountPence: -4_500,
        evidenceRef: 'RCPT-2026-0042',
      },
    });
    const again = await asBroker(SUBMIT_SPEND, 'submitSpend', spend());
    expect(again).toEqual(first);
    // nothing reaches the ledger before a finance officer accepts it
    expect(await world.t.db.accountTransaction.count()).toBe(0);
    expect(await world.t.db.spendSubmission.findMany()).toEqual([
      expect.objectContaining({
        status: 'SUBMITTED',
        amountPence: -4_500,
        spendCategory: 'ACTIVITY_OR_MEMBERSHIP',
        evidenceRef: 'RCPT-2026-0042',
        personId: world.personId,
        organisationId,
        delegationId,
      }),
    ]);
    const [write] = await auditOf('SubmitSpend');
    expect(write).toMatchObject({
      kind: 'WRITE',
      outcome: 'OK',
      actingForPersonId: world.personId,
      delegationId,
    });
    const submissionId = (first.spend as { id: string }).id;
    const seen = await world.t.graphql<{ node: unknown }>(
      `query Entry($id: ID!) { node(id: $id) { ... on SpendSubmission { status evidenceRef submittedBy } } }`,
      { token: await world.tokenOf('financeOfficer'), variables: { id: submissionId } },
    );
    expect(seen.body.data?.node).toEqual({
      status: 'SUBMITTED',
      evidenceRef: 'RCPT-2026-0042',
      submittedBy: 'Riverside Support Services',
    });
    const reused = await asBroker(SUBMIT_SPEND, 'submitSpend', spend({ amountPence: -5_000 }));
    expect(reused).toMatchObject({ __typename: 'ConflictError', code: 'IDEMPOTENCY_KEY_REUSED' });
  });

  it('lets a managed-account provider (MANAGE_DP_ACCOUNT) submit spend too', async () => {
    await delegate(['MANAGE_DP_ACCOUNT']);
    const outcome = await asBroker(SUBMIT_SPEND, 'submitSpend', spend());
    expect(outcome.__typename).toBe('MutationSubmitSpendSuccess');
  });

  it('checks the entry with the council’s ledger rules: spend is money out', async () => {
    await delegate(['SUBMIT_EVIDENCE']);
    const outcome = await asBroker(SUBMIT_SPEND, 'submitSpend', spend({ amountPence: 4_500 }));
    expect(outcome).toMatchObject({
      __typename: 'RuleViolationError',
      violations: [{ code: 'LEDGER_DIRECTION_INVALID' }],
    });
    expect(await writtenRows()).toEqual({ plans: 0, transactions: 0, submissions: 0 });
  });

  it('refuses a delegation that may only read the ledger, and audits it for the person', async () => {
    const delegationId = await delegate(['READ_DP_LEDGER', 'PROPOSE_PLAN']);
    const outcome = await asBroker(SUBMIT_SPEND, 'submitSpend', spend());
    expect(outcome).toMatchObject({ __typename: 'ForbiddenError' });
    expect(await writtenRows()).toEqual({ plans: 0, transactions: 0, submissions: 0 });
    const [denial] = await auditOf('SubmitSpend');
    expect(denial).toMatchObject({
      kind: 'DENIAL',
      outcome: 'FORBIDDEN',
      actingForPersonId: world.personId,
      delegationId,
    });
  });

  it('answers a revoked delegation exactly like an agreement that does not exist', async () => {
    await delegate(['SUBMIT_EVIDENCE'], { revokedAt: new Date() });
    const refused = await asBroker(SUBMIT_SPEND, 'submitSpend', spend());
    const unknown = await asBroker(
      SUBMIT_SPEND,
      'submitSpend',
      spend({
        agreementId: globalId('DirectPaymentAgreement', '0190a7c0-0000-7000-8000-00000000beef'),
      }),
    );
    expect(refused).toEqual({
      __typename: 'NotFoundError',
      code: 'NOT_FOUND',
      path: ['input', 'agreementId'],
    });
    expect(unknown).toEqual(refused);
    expect(await writtenRows()).toEqual({ plans: 0, transactions: 0, submissions: 0 });
  });
});
