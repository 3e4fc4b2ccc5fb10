import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { uuidV7 } from '@openpb/graphql/events/event-collector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// the SDK's verifier, from its source (apps/api does not depend on the SDK)
import { webhooks } from '../../../../packages/sdk/src/webhooks/webhooks.ts';
import { createDeliveryWorker } from '../../src/webhooks/delivery-worker.ts';
import { globalId } from '../support/fixtures.ts';
import { registerThirdPartyApp, type ThirdPartyApp } from '../support/third-party-app.ts';
import {
  type DirectPaymentWorld,
  NOW,
  setUpAgreement,
  startDirectPaymentWorld,
} from './direct-payment-fixtures.ts';

// Issue 14 (D98): spend a third-party app submits is held for the council's review. A finance
// officer accepts it (posted to the ledger) or rejects it with a reason, once; the app hears
// spend.accepted / spend.rejected over its webhook, within its delegation's scope.

const ERROR = '... on Error { code message path }';
const SUBMIT = `mutation ($input: SubmitSpendInput!) {
  submitSpend(input: $input) {
    __typename ... on MutationSubmitSpendSuccess { spend { id status transactionId } } ${ERROR}
  }
}`;
const ACCEPT = `mutation ($input: AcceptSpendSubmissionInput!) {
  acceptSpendSubmission(input: $input) {
    __typename
    ... on MutationAcceptSpendSubmissionSuccess { submission { id status decidedAt transactionId } }
    ${ERROR}
  }
}`;
const REJECT = `mutation ($input: RejectSpendSubmissionInput!) {
  rejectSpendSubmission(input: $input) {
    __typename
    ... on MutationRejectSpendSubmissionSuccess {
      submission { id status decidedAt rejectionReason rejectionNote transactionId }
    }
    ${ERROR}
  }
}`;
const READ = `query ($id: ID!) {
  node(id: $id) {
    ... on SpendSubmission {
      status decidedAt rejectionReason rejectionNote transactionId amountPence
      agreementId delegationId matchedPlanLineId submittedBy submittedAt evidenceRef
      postedDate counterpartyName counterpartyType spendCategory
    }
  }
}`;
const AWAITING = `query ($first: Int, $after: String) {
  spendSubmissionsAwaitingReview(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id status evidenceRef } }
  }
}`;

type Outcome = { __typename: string; code?: string; path?: string[] } & Record<string, unknown>;

let world: DirectPaymentWorld;
let agreementId: string;
/** The app that submits spend (SUBMIT_EVIDENCE) and one that may only read the ledger. */
let app: ThirdPartyApp;
let ledgerReader: ThirdPartyApp;
let appDelegationId: string;
let financeOfficer: string;
let elsewhereOfficer: string;

/** A real HTTP receiver for both apps' endpoints. */
let receiver: Server;
const received: { path: string; body: string; signature: string }[] = [];
const SECRET = 'whsec_spend_review';

let keys = 0;
function spend(change: Record<string, unknown> = {}) {
  keys += 1;
  return {
    agreementId,
    postedDate: '2026-11-20',
    amountPence: -4_500,
    counterpartyName: 'Leisure Centre',
    counterpartyType: 'RETAIL',
    spendCategory: 'ACTIVITY_OR_MEMBERSHIP',
    evidenceRef: `RCPT-2026-${keys}`,
    idempotencyKey: `swim-${keys}`,
    ...change,
  };
}

async function call(token: string, query: string, input: Record<string, unknown>) {
  const { body } = await world.t.graphql<Record<string, Outcome>>(query, {
    token,
    variables: { input },
  });
  const [outcome] = Object.values(body.data ?? {});
  if (!outcome) throw new Error(JSON.stringify(body));
  return outcome;
}

/** Submits spend as the app; returns the submission's global id. */
async function submitted(change: Record<string, unknown> = {}): Promise<string> {
  const outcome = await call(app.token, SUBMIT, spend(change));
  const id = (outcome.spend as { id?: string } | undefined)?.id;
  if (!id) throw new Error(JSON.stringify(outcome));
  return id;
}

async function read(token: string, id: string) {
  return world.t.graphql<{ node: Record<string, unknown> | null }>(READ, {
    token,
    variables: { id },
  });
}

/** What a refused decision must leave as it was: the ledger, the submissions and the outbox. */
async function written() {
  const { db } = world.t;
  const [transactions, submissions, events] = await Promise.all([
    db.accountTransaction.findMany({ orderBy: { id: 'asc' } }),
    db.spendSubmission.findMany({ orderBy: { id: 'asc' } }),
    db.domainEvent.count(),
  ]);
  return { transactions, submissions, events };
}

const eventsOf = (type: string, subject: string) =>
  world.t.db.domainEvent.findMany({ where: { type, subject } });

beforeAll(async () => {
  world = await startDirectPaymentWorld();
  const { t, councilId, personId } = world;
  agreementId = await setUpAgreement(world);
  app = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'spend-review-app',
    secret: 'spend-review-secret-0123456789abcd',
    organisation: { type: 'DPSS', name: 'Riverside Support Services' },
  });
  ledgerReader = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'ledger-reader-app',
    secret: 'ledger-reader-secret-0123456789ab',
    organisation: { type: 'BROKERAGE', name: 'Ledger Readers' },
  });
  const delegation = (organisationId: string, scopes: string[]) =>
    t.db.delegation.create({
      data: {
        councilId,
        personId,
        organisationId,
        scopes,
        grantedBy: 'PERSON',
        validFrom: new Date('2026-01-01T00:00:00Z'),
        recordedBySubject: 'staff:sw',
      },
    });
  appDelegationId = (await delegation(app.organisationId, ['SUBMIT_EVIDENCE'])).id;
  await delegation(ledgerReader.organisationId, ['READ_DP_LEDGER']);
  financeOfficer = await world.tokenOf('financeOfficer');
  // a finance officer of another council, with a staff record there
  const elsewhere = await t.db.council.create({
    data: { laCode: '998', name: 'Elsewhere Council', region: 'North West' },
  });
  await t.db.staffMember.create({
    data: {
      councilId: elsewhere.id,
      subject: 'staff:fo-elsewhere',
      name: 'Elsewhere officer',
      team: 'Finance',
      jobTitle: 'DP officer',
      qualification: 'DP_OFFICER',
      approvalLevel: 'TEAM',
    },
  });
  elsewhereOfficer = await t.tokenFor({
    councilId: elsewhere.id,
    roles: ['FINANCE_OFFICER'],
    subject: 'staff:fo-elsewhere',
  });
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({
        path: request.url ?? '',
        body,
        signature: String(request.headers['openpb-signature']),
      });
      response.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  // each app's endpoint hears every event type an app may hear
  for (const [organisationId, path] of [
    [app.organisationId, '/app'],
    [ledgerReader.organisationId, '/ledger-reader'],
  ] as const) {
    await t.db.webhookEndpoint.create({
      data: {
        id: uuidV7(),
        councilId,
        organisationId,
        url: `${baseUrl}${path}`,
        secret: SECRET,
        createdBySubject: 'test',
      },
    });
  }
}, 120_000);

afterAll(async () => {
  receiver?.closeAllConnections();
  await new Promise((resolve) => receiver?.close(resolve));
  await world?.t.close();
});

describe('spend submitted by an app awaits the council’s review (D98)', () => {
  it('holds it without touching the ledger, records spend.submitted once per key, and lets the app read where it stands', async () => {
    const input = spend();
    const first = await call(app.token, SUBMIT, input);
    const again = await call(app.token, SUBMIT, input);
    expect(first).toMatchObject({
      __typename: 'MutationSubmitSpendSuccess',
      spend: { status: 'SUBMITTED', transactionId: null },
    });
    expect(again).toEqual(first);
    const id = (first.spend as { id: string }).id;
    expect(await world.t.db.accountTransaction.count()).toBe(0);
    expect(await eventsOf('spend.submitted', id)).toHaveLength(1);
    // every field of its own submission, without READ_DP_LEDGER or READ_PLAN
    const seen = await read(app.token, id);
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data?.node).toEqual({
      status: 'SUBMITTED',
      decidedAt: null,
      rejectionReason: null,
      rejectionNote: null,
      transactionId: null,
      amountPence: -4_500,
      agreementId,
      delegationId: globalId('Delegation', appDelegationId),
      matchedPlanLineId: null,
      submittedBy: 'Riverside Support Services',
      submittedAt: NOW.toISOString(),
      evidenceRef: input.evidenceRef,
      postedDate: '2026-11-20',
      counterpartyName: 'Leisure Centre',
      counterpartyType: 'RETAIL',
      spendCategory: 'ACTIVITY_OR_MEMBERSHIP',
    });
    // another app, delegated by the same person, does not see what this one submitted
    const other = await read(ledgerReader.token, id);
    expect(other.body.data?.node ?? null).toBeNull();
    expect(other.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists what awaits review for finance officers, oldest first, paged with totalCount', async () => {
    await world.t.db.spendSubmission.updateMany({
      where: { status: 'SUBMITTED' },
      data: { submittedAt: new Date('2026-11-01T00:00:00Z') },
    });
    const later = await submitted();
    const page = async (variables: Record<string, unknown>, token = financeOfficer) =>
      world.t.graphql<{
        spendSubmissionsAwaitingReview: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string };
          edges: { node: { id: string; status: string } }[];
        };
      }>(AWAITING, { token, variables });
    const first = await page({ first: 1 });
    const list = first.body.data?.spendSubmissionsAwaitingReview;
    expect(list?.totalCount).toBe(2);
    expect(list?.pageInfo.hasNextPage).toBe(true);
    expect(list?.edges[0]?.node.id).not.toBe(later);
    const second = await page({ first: 1, after: list?.pageInfo.endCursor });
    expect(second.body.data?.spendSubmissionsAwaitingReview.edges.map((e) => e.node.id)).toEqual([
      later,
    ]);
    const worker = await page({ first: 1 }, await world.tokenOf('socialWorker'));
    expect(worker.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('posts an accepted spend to the ledger with its evidence, with spend.accepted in the same transaction', async () => {
    const id = await submitted({ evidenceRef: 'RCPT-ACCEPT' });
    const outcome = await call(financeOfficer, ACCEPT, { submissionId: id });
    expect(outcome).toMatchObject({
      __typename: 'MutationAcceptSpendSubmissionSuccess',
      submission: { id, status: 'ACCEPTED', decidedAt: NOW.toISOString() },
    });
    const transactionId = (outcome.submission as { transactionId: string }).transactionId;
    const [entry] = await world.t.db.accountTransaction.findMany({
      where: { evidenceRef: 'RCPT-ACCEPT' },
    });
    expect(globalId('AccountTransaction', entry?.id ?? '')).toBe(transactionId);
    expect(entry).toMatchObject({
      kind: 'SPEND',
      amountPence: -4_500,
      spendCategory: 'ACTIVITY_OR_MEMBERSHIP',
      delegationId: appDelegationId,
    });
    const [accepted] = await eventsOf('spend.accepted', id);
    expect(accepted?.payload).toMatchObject({ subject: id, transaction: transactionId });
    const recorded = await eventsOf('account_transaction.recorded', transactionId);
    expect(recorded).toHaveLength(1);
    // both events were written by the one request, in its write transaction
    expect(recorded[0]?.requestId).toBe(accepted?.requestId);
    expect(accepted?.requestId).toBeTruthy();
    const submission = await world.t.db.spendSubmission.findFirstOrThrow({
      where: { transactionId: entry?.id },
    });
    expect(submission.decidedById).toBe(world.staffIds.financeOfficer);
    const awaiting = await world.t.graphql<{
      spendSubmissionsAwaitingReview: { edges: { node: { id: string } }[] };
    }>(AWAITING, { token: financeOfficer, variables: { first: 100 } });
    expect(
      awaiting.body.data?.spendSubmissionsAwaitingReview.edges.map((e) => e.node.id),
    ).not.toContain(id);
    expect((await read(app.token, id)).body.data?.node).toMatchObject({
      status: 'ACCEPTED',
      transactionId,
    });
  });

  it('takes one decision only: a second accept or a reject is an InvalidStateError and writes nothing', async () => {
    const id = await submitted();
    await call(financeOfficer, ACCEPT, { submissionId: id });
    const before = await written();
    expect(await call(financeOfficer, ACCEPT, { submissionId: id })).toMatchObject({
      __typename: 'InvalidStateError',
      message: 'The submitted spend is accepted; it must be submitted to accept it',
      path: ['input', 'submissionId'],
    });
    expect(
      await call(financeOfficer, REJECT, { submissionId: id, reason: 'DUPLICATE' }),
    ).toMatchObject({ __typename: 'InvalidStateError' });
    expect(await written()).toEqual(before);
  });

  it('decides once when two officers accept at the same moment: one entry on the ledger, one InvalidStateError', async () => {
    const id = await submitted({ evidenceRef: 'RCPT-RACE' });
    const outcomes = await Promise.all([
      call(financeOfficer, ACCEPT, { submissionId: id }),
      call(financeOfficer, ACCEPT, { submissionId: id }),
    ]);
    expect(outcomes.map((outcome) => outcome.__typename).sort()).toEqual([
      'InvalidStateError',
      'MutationAcceptSpendSubmissionSuccess',
    ]);
    expect(await world.t.db.accountTransaction.count({ where: { evidenceRef: 'RCPT-RACE' } })).toBe(
      1,
    );
    expect(await eventsOf('spend.accepted', id)).toHaveLength(1);
  });

  it('refuses to post onto an agreement no longer active, writing nothing', async () => {
    const id = await submitted();
    const agreement = { id: Buffer.from(agreementId, 'base64').toString().split(':')[1] ?? '' };
    await world.t.db.directPaymentAgreement.update({
      where: agreement,
      data: { status: 'SUSPENDED' },
    });
    try {
      const before = await written();
      expect(await call(financeOfficer, ACCEPT, { submissionId: id })).toMatchObject({
        __typename: 'InvalidStateError',
        path: ['input', 'submissionId'],
      });
      expect(await written()).toEqual(before);
    } finally {
      await world.t.db.directPaymentAgreement.update({
        where: agreement,
        data: { status: 'ACTIVE' },
      });
    }
    // it can still be rejected: the council decides what to do with it
    expect(
      await call(financeOfficer, REJECT, { submissionId: id, reason: 'OTHER', note: 'Suspended' }),
    ).toMatchObject({ __typename: 'MutationRejectSpendSubmissionSuccess' });
  });

  it('rejects with a reason from the list, nothing on the ledger, spend.rejected, and the app reads why', async () => {
    const id = await submitted();
    const before = await written();
    expect(await call(financeOfficer, REJECT, { submissionId: id, reason: 'OTHER' })).toMatchObject(
      { __typename: 'ValidationError', path: ['input', 'note'] },
    );
    expect(
      await call(financeOfficer, REJECT, { submissionId: id, reason: 'NO_EVIDENCE', note: ' ' }),
    ).toMatchObject({ __typename: 'ValidationError' });
    expect(await written()).toEqual(before);
    const outcome = await call(financeOfficer, REJECT, {
      submissionId: id,
      reason: 'NO_EVIDENCE',
      note: 'The receipt does not show what was bought',
    });
    expect(outcome).toMatchObject({
      __typename: 'MutationRejectSpendSubmissionSuccess',
      submission: {
        status: 'REJECTED',
        rejectionReason: 'NO_EVIDENCE',
        rejectionNote: 'The receipt does not show what was bought',
        transactionId: null,
      },
    });
    const after = await written();
    expect(after.transactions).toEqual(before.transactions);
    expect(await eventsOf('spend.rejected', id)).toHaveLength(1);
    expect((await read(app.token, id)).body.data?.node).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'NO_EVIDENCE',
      decidedAt: NOW.toISOString(),
    });
    expect(await call(financeOfficer, ACCEPT, { submissionId: id })).toMatchObject({
      __typename: 'InvalidStateError',
    });
  });

  it('refuses a wrong role, the app itself, another council and an unknown submission, writing nothing', async () => {
    const id = await submitted();
    const before = await written();
    for (const token of [
      await world.tokenOf('socialWorker'),
      await world.tokenOf('teamManager'),
      app.token,
    ]) {
      expect(await call(token, ACCEPT, { submissionId: id })).toMatchObject({
        __typename: 'ForbiddenError',
      });
      expect(await call(token, REJECT, { submissionId: id, reason: 'DUPLICATE' })).toMatchObject({
        __typename: 'ForbiddenError',
      });
    }
    const notFound = { __typename: 'NotFoundError', path: ['input', 'submissionId'] };
    expect(await call(elsewhereOfficer, ACCEPT, { submissionId: id })).toMatchObject(notFound);
    expect(
      await call(elsewhereOfficer, REJECT, { submissionId: id, reason: 'DUPLICATE' }),
    ).toMatchObject(notFound);
    const unknown = globalId('SpendSubmission', '0190a7c0-0000-7000-8000-00000000beef');
    expect(await call(financeOfficer, ACCEPT, { submissionId: unknown })).toMatchObject(notFound);
    // an id of another type, and one that is no global id at all
    for (const submissionId of [globalId('Person', world.personId), 'not-an-id']) {
      expect(await call(financeOfficer, ACCEPT, { submissionId })).toMatchObject(notFound);
    }
    expect(await written()).toEqual(before);
    const denial = await world.t.db.auditLogEntry.findFirst({
      where: { actorSubject: 'staff:sw', kind: 'DENIAL' },
      orderBy: { id: 'desc' },
    });
    expect(denial?.outcome).toBe('FORBIDDEN');
  });

  it('sends the submitting app its spend events, signed; an app without SUBMIT_EVIDENCE none, and nothing after revocation', async () => {
    const accepted = await submitted();
    const rejected = await submitted();
    const afterRevocation = await submitted();
    await call(financeOfficer, ACCEPT, { submissionId: accepted });
    await call(financeOfficer, REJECT, { submissionId: rejected, reason: 'NOT_IN_SUPPORT_PLAN' });
    const worker = createDeliveryWorker({ databases: world.t.databases, now: () => NOW });
    const deliverAll = async () => {
      while ((await worker.runOnce()).attempted > 0) {
        // until nothing is due
      }
    };
    await deliverAll();
    await world.t.db.delegation.update({
      where: { id: appDelegationId },
      data: { revokedAt: NOW },
    });
    await call(financeOfficer, REJECT, { submissionId: afterRevocation, reason: 'DUPLICATE' });
    await deliverAll();
    const heard = async (path: string) =>
      Promise.all(
        received
          .filter((each) => each.path === path)
          .map((each) => webhooks.verify(each.body, each.signature, SECRET, { now: NOW })),
      );
    const appEvents = (await heard('/app')).map((event) => [event.type, event.data.subject]);
    for (const id of [accepted, rejected])
      expect(appEvents).toContainEqual(['spend.submitted', id]);
    expect(appEvents).toContainEqual(['spend.accepted', accepted]);
    expect(appEvents).toContainEqual(['spend.rejected', rejected]);
    expect(appEvents).not.toContainEqual(['spend.rejected', afterRevocation]);
    const readerTypes = new Set((await heard('/ledger-reader')).map((event) => event.type));
    // it reads the ledger, so it hears of the entry posted; of the submissions, nothing
    expect(readerTypes).toContain('account_transaction.recorded');
    expect([...readerTypes].filter((type) => type.startsWith('spend.'))).toEqual([]);
  });
});
