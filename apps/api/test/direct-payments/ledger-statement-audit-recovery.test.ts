import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type DirectPaymentWorld,
  directPaymentRowCounts,
  RECORD_PAYMENT,
  RECORD_TRANSACTION,
  scheduleYear,
  setUpAgreement,
  startDirectPaymentWorld,
} from './direct-payment-fixtures.ts';

type Outcome = { __typename: string; code?: string; path?: string[]; message?: string };
type Staff = Parameters<DirectPaymentWorld['tokenOf']>[0];

let world: DirectPaymentWorld;
let agreementId: string;

beforeAll(async () => {
  world = await startDirectPaymentWorld();
  agreementId = await setUpAgreement(world);
});

afterAll(() => world.t.close());

async function mutate<T extends Outcome>(
  document: string,
  field: string,
  input: Record<string, unknown>,
  staff: Staff = 'financeOfficer',
): Promise<T> {
  const { body } = await world.t.graphql<Record<string, T>>(document, {
    token: await world.tokenOf(staff),
    variables: { input },
  });
  expect(body.errors).toBeUndefined();
  const result = body.data?.[field];
  if (!result) throw new Error(JSON.stringify(body));
  return result;
}

/** Runs a mutation that must be refused with `expected`, and proves nothing was written. */
async function expectRefused(
  document: string,
  field: string,
  input: Record<string, unknown>,
  expected: Partial<Outcome>,
  staff: Staff = 'financeOfficer',
) {
  const before = await directPaymentRowCounts(world.t.db);
  expect(await mutate(document, field, input, staff)).toMatchObject(expected);
  expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
}

function entry(change: Record<string, unknown>) {
  return {
    agreementId,
    kind: 'SPEND',
    postedDate: '2026-04-10',
    amountPence: -30_000,
    counterpartyName: 'Home care agency',
    counterpartyType: 'AGENCY',
    spendCategory: 'AGENCY_HOME_CARE',
    idempotencyKey: `entry-${Math.random()}`,
    ...change,
  };
}

describe('recordAccountTransaction', () => {
  it('refuses a spend posted as money in (LEDGER_DIRECTION_INVALID)', async () => {
    await expectRefused(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      entry({ amountPence: 30_000 }),
      {
        __typename: 'RuleViolationError',
        code: 'LEDGER_DIRECTION_INVALID',
        path: ['input', 'amountPence'],
      },
    );
  });

  it('refuses a spend without a category, and an auditor', async () => {
    await expectRefused(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      entry({ spendCategory: null }),
      {
        __typename: 'ValidationError',
        path: ['input', 'spendCategory'],
      },
    );
    await expectRefused(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      entry({}),
      { __typename: 'ForbiddenError' },
      'auditor',
    );
  });

  it('posts once per idempotency key and refuses the key with another payload', async () => {
    const input = entry({
      kind: 'CONTRIBUTION_IN',
      postedDate: '2026-04-07',
      amountPence: 20_000,
      counterpartyName: 'Contribution',
      counterpartyType: 'OTHER',
      spendCategory: null,
      idempotencyKey: 'contribution-1',
    });
    const first = await mutate<Outcome & { transaction: { id: string } }>(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      input,
    );
    expect(first).toMatchObject({
      __typename: 'MutationRecordAccountTransactionSuccess',
      transaction: { kind: 'CONTRIBUTION_IN', amountPence: 20_000 },
    });
    const again = await mutate<Outcome & { transaction: { id: string } }>(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      input,
    );
    expect(again.transaction.id).toBe(first.transaction.id);
    expect(await world.t.db.accountTransaction.count()).toBe(1);
    await expectRefused(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      { ...input, amountPence: 20_001 },
      {
        __typename: 'ConflictError',
        code: 'IDEMPOTENCY_KEY_REUSED',
      },
    );
  });
});

const STATEMENT = /* GraphQL */ `
  query Statement($id: ID!, $from: Date!, $to: Date!, $first: Int, $after: String) {
    node(id: $id) {
      ... on DirectPaymentAgreement {
        statement(from: $from, to: $to, first: $first, after: $after) {
          from to openingBalancePence closingBalancePence
          surplusPence contingencyAllowancePence recoverablePence
          totalsByKind { kind inPence outPence entryCount }
          edges { cursor balancePence node { postedDate kind amountPence } }
          pageInfo { hasNextPage hasPreviousPage endCursor }
        }
      }
    }
  }
`;

interface Statement {
  openingBalancePence: number;
  closingBalancePence: number;
  surplusPence: number;
  contingencyAllowancePence: number;
  recoverablePence: number;
  totalsByKind: { kind: string; inPence: number; outPence: number; entryCount: number }[];
  edges: {
    cursor: string;
    balancePence: number;
    node: { postedDate: string; kind: string; amountPence: number };
  }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

async function statement(variables: Record<string, unknown>) {
  const { body } = await world.t.graphql<{ node: { statement: Statement } }>(STATEMENT, {
    token: await world.tokenOf('auditor'),
    variables: { id: agreementId, ...variables },
  });
  expect(body.errors).toBeUndefined();
  const result = body.data?.node.statement;
  if (!result) throw new Error(JSON.stringify(body));
  return result;
}

describe('DirectPaymentAgreement.statement', () => {
  beforeAll(async () => {
    const payments = await scheduleYear(world, agreementId);
    for (const [index, paidDate] of ['2026-04-06', '2026-05-04'].entries()) {
      await mutate(RECORD_PAYMENT, 'recordDirectPayment', {
        paymentId: payments[index]?.id,
        paidDate,
        idempotencyKey: `pay-${index}`,
      });
    }
    await mutate(RECORD_TRANSACTION, 'recordAccountTransaction', entry({}));
    await mutate(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      entry({
        postedDate: '2026-05-10',
        amountPence: -12_345,
        counterpartyName: 'Payroll bureau',
        counterpartyType: 'PAYROLL',
        spendCategory: 'PAYROLL_SERVICE',
      }),
    );
    await mutate(
      RECORD_TRANSACTION,
      'recordAccountTransaction',
      entry({
        kind: 'ADJUSTMENT',
        postedDate: '2026-05-10',
        amountPence: 100,
        counterpartyName: 'Card provider',
        counterpartyType: 'OTHER',
        spendCategory: null,
      }),
    );
  });

  // Ledger: 06/04 +80,000 · 07/04 +20,000 · 10/04 −30,000 · 04/05 +80,000 · 10/05 −12,345 · 10/05 +100
  it('gives the opening balance, each line’s running balance, and the closing balance', async () => {
    const page = await statement({ from: '2026-04-07', to: '2026-05-10', first: 100 });
    expect(page.openingBalancePence).toBe(80_000);
    expect(page.edges.map((edge) => edge.balancePence)).toEqual([
      100_000, 70_000, 150_000, 137_655, 137_755,
    ]);
    expect(page.edges.map((edge) => edge.node.kind)).toEqual([
      'CONTRIBUTION_IN',
      'SPEND',
      'PAYMENT_IN',
      'SPEND',
      'ADJUSTMENT',
    ]);
    expect(page.closingBalancePence).toBe(137_755);
    expect(page.totalsByKind).toEqual([
      { kind: 'ADJUSTMENT', inPence: 100, outPence: 0, entryCount: 1 },
      { kind: 'CONTRIBUTION_IN', inPence: 20_000, outPence: 0, entryCount: 1 },
      { kind: 'PAYMENT_IN', inPence: 80_000, outPence: 0, entryCount: 1 },
      { kind: 'SPEND', inPence: 0, outPence: 42_345, entryCount: 2 },
    ]);
  });

  it('works out the surplus, contingency allowance and recoverable amount (I-12)', async () => {
    const page = await statement({ from: '2026-04-07', to: '2026-05-10', first: 1 });
    // surplus = closing £1,377.55; contingency = 4 weeks × £200 net = £800; recoverable £577.55
    expect(page).toMatchObject({
      surplusPence: 137_755,
      contingencyAllowancePence: 80_000,
      recoverablePence: 57_755,
    });
  });

  it('pages by keyset, carrying the running balance across pages, without loading the ledger', async () => {
    const first = await statement({ from: '2026-04-07', to: '2026-05-10', first: 2 });
    expect(first.edges.map((edge) => edge.balancePence)).toEqual([100_000, 70_000]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    world.t.resetStatements();
    const second = await statement({
      from: '2026-04-07',
      to: '2026-05-10',
      first: 2,
      after: first.pageInfo.endCursor,
    });
    expect(second.edges.map((edge) => edge.balancePence)).toEqual([150_000, 137_655]);
    const third = await statement({
      from: '2026-04-07',
      to: '2026-05-10',
      first: 2,
      after: second.pageInfo.endCursor,
    });
    expect(third.edges.map((edge) => edge.balancePence)).toEqual([137_755]);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(world.t.statements.some((sql) => /SUM\(amount_pence\) OVER/.test(sql))).toBe(true);
  });
});

const COMPLETE_AUDIT = /* GraphQL */ `
  mutation Audit($input: CompleteAuditInput!) {
    completeAudit(input: $input) {
      __typename
      ... on MutationCompleteAuditSuccess {
        audit {
          id openingBalancePence paidInLaPence paidInClientPence spentPence closingBalancePence
          expectedSpendPence surplusPence contingencyAllowancePence recoverablePence
          findings { code detail amountPence } outcome auditorName completedDate
        }
      }
      ... on Error { message code path }
    }
  }
`;

const RAISE = /* GraphQL */ `
  mutation Raise($input: RaiseRecoveryInput!) {
    raiseRecovery(input: $input) {
      __typename
      ... on MutationRaiseRecoverySuccess { recovery { id status amountPence reason method } }
      ... on Error { message code path }
    }
  }
`;

const NOTIFY = /* GraphQL */ `
  mutation Notify($input: NotifyRecoveryInput!) {
    notifyRecovery(input: $input) {
      __typename
      ... on MutationNotifyRecoverySuccess { recovery { status notifiedDate } }
      ... on Error { message code path }
    }
  }
`;

const COMPLETE_RECOVERY = /* GraphQL */ `
  mutation Complete($input: CompleteRecoveryInput!) {
    completeRecovery(input: $input) {
      __typename
      ... on MutationCompleteRecoverySuccess { recovery { status recoveredPence } }
      ... on Error { message code path }
    }
  }
`;

describe('completeAudit, raiseRecovery, notifyRecovery, completeRecovery', () => {
  let auditId: string;
  let recoveryId: string;
  const auditInput = () => ({
    agreementId,
    periodStart: '2026-04-01',
    periodEnd: '2026-05-31',
    outcome: 'RECOVERY_RAISED',
    outstandingLiabilitiesPence: 10_000,
    findings: [{ code: 'BALANCE_BUILDING_UP', detail: 'Unused hours in May', amountPence: 57_755 }],
  });

  it('refuses an auditor (who never writes) and a period ending before it starts', async () => {
    await expectRefused(
      COMPLETE_AUDIT,
      'completeAudit',
      auditInput(),
      { __typename: 'ForbiddenError' },
      'auditor',
    );
    await expectRefused(
      COMPLETE_AUDIT,
      'completeAudit',
      { ...auditInput(), periodEnd: '2026-03-01' },
      {
        __typename: 'RuleViolationError',
        code: 'END_BEFORE_START',
        path: ['input', 'periodEnd'],
      },
    );
  });

  it('computes the audit from the ledger, with I-12 after outstanding liabilities', async () => {
    const result = await mutate<Outcome & { audit: { id: string } }>(
      COMPLETE_AUDIT,
      'completeAudit',
      auditInput(),
    );
    expect(result).toMatchObject({
      __typename: 'MutationCompleteAuditSuccess',
      audit: {
        openingBalancePence: 0,
        paidInLaPence: 160_000,
        paidInClientPence: 20_000,
        spentPence: 42_345,
        closingBalancePence: 137_755,
        expectedSpendPence: 217_857, // £250 a week × 61 days / 7
        surplusPence: 127_755,
        contingencyAllowancePence: 80_000,
        recoverablePence: 47_755,
        findings: [
          { code: 'BALANCE_BUILDING_UP', detail: 'Unused hours in May', amountPence: 57_755 },
        ],
        outcome: 'RECOVERY_RAISED',
        auditorName: 'Test financeOfficer',
        completedDate: '2026-11-23',
      },
    });
    auditId = result.audit.id;
  });

  it('refuses an overlapping audit', async () => {
    await expectRefused(
      COMPLETE_AUDIT,
      'completeAudit',
      { ...auditInput(), periodStart: '2026-05-01' },
      {
        __typename: 'ConflictError',
        code: 'DUPLICATE',
      },
    );
  });

  it('refuses a surplus recovery above the recoverable amount (I-12)', async () => {
    await expectRefused(
      RAISE,
      'raiseRecovery',
      {
        agreementId,
        auditId,
        reason: 'SURPLUS',
        method: 'CARD_SWEEP',
        amountPence: 47_756,
        idempotencyKey: 'too-much',
      },
      {
        __typename: 'RuleViolationError',
        code: 'RECOVERY_EXCEEDS_RECOVERABLE',
        path: ['input', 'amountPence'],
      },
    );
  });

  it('raises a proposed card sweep of the recoverable amount, once per key', async () => {
    const input = {
      agreementId,
      auditId,
      reason: 'SURPLUS',
      method: 'CARD_SWEEP',
      amountPence: 47_755,
      idempotencyKey: 'sweep-1',
    };
    const result = await mutate<Outcome & { recovery: { id: string } }>(
      RAISE,
      'raiseRecovery',
      input,
    );
    expect(result).toMatchObject({
      __typename: 'MutationRaiseRecoverySuccess',
      recovery: { status: 'PROPOSED', amountPence: 47_755 },
    });
    recoveryId = result.recovery.id;
    const again = await mutate<Outcome & { recovery: { id: string } }>(
      RAISE,
      'raiseRecovery',
      input,
    );
    expect(again.recovery.id).toBe(recoveryId);
    expect(await world.t.db.recovery.count()).toBe(1);
  });

  it('does not let an open recovery claim the same surplus twice', async () => {
    await expectRefused(
      RAISE,
      'raiseRecovery',
      {
        agreementId,
        auditId,
        reason: 'SURPLUS',
        method: 'INVOICE',
        amountPence: 1,
        idempotencyKey: 'again',
      },
      { __typename: 'RuleViolationError', code: 'RECOVERY_EXCEEDS_RECOVERABLE' },
    );
  });

  it('refuses to sweep the card before the person is told (I-12)', async () => {
    await expectRefused(
      COMPLETE_RECOVERY,
      'completeRecovery',
      {
        recoveryId,
        recoveredDate: '2026-11-20',
        idempotencyKey: 'sweep-done',
      },
      {
        __typename: 'RuleViolationError',
        code: 'CARD_SWEEP_NOT_NOTIFIED',
        path: ['input', 'recoveryId'],
      },
    );
  });

  it('records the notice, refusing a notice dated after today', async () => {
    await expectRefused(
      NOTIFY,
      'notifyRecovery',
      { recoveryId, notifiedDate: '2026-11-24' },
      {
        __typename: 'ValidationError',
        path: ['input', 'notifiedDate'],
      },
    );
    expect(
      await mutate(NOTIFY, 'notifyRecovery', { recoveryId, notifiedDate: '2026-11-23' }),
    ).toMatchObject({
      recovery: { status: 'NOTIFIED', notifiedDate: '2026-11-23' },
    });
    await expectRefused(
      NOTIFY,
      'notifyRecovery',
      { recoveryId, notifiedDate: '2026-11-23' },
      {
        __typename: 'InvalidStateError',
      },
    );
  });

  it('completes the sweep after the notice, posting the RECOVERY entry once', async () => {
    const input = { recoveryId, recoveredDate: '2026-11-23', idempotencyKey: 'sweep-done' };
    expect(await mutate(COMPLETE_RECOVERY, 'completeRecovery', input)).toMatchObject({
      recovery: { status: 'RECOVERED', recoveredPence: 47_755 },
    });
    await mutate(COMPLETE_RECOVERY, 'completeRecovery', input);
    const entries = await world.t.db.accountTransaction.findMany({ where: { kind: 'RECOVERY' } });
    expect(entries.map((row) => row.amountPence)).toEqual([-47_755]);
    const page = await statement({ from: '2026-11-01', to: '2026-11-30', first: 5 });
    expect(page.closingBalancePence).toBe(137_755 - 47_755);
  });

  it('names the agreement’s person on every recovery event, so apps with READ_DP_LEDGER hear them', async () => {
    const agreement = await world.t.db.directPaymentAgreement.findFirstOrThrow({
      where: { id: Buffer.from(agreementId, 'base64').toString().split(':')[1] },
    });
    const events = await world.t.db.domainEvent.findMany({
      where: { subject: recoveryId },
      orderBy: { position: 'asc' },
    });
    expect(new Set(events.map((event) => event.type))).toEqual(
      new Set(['recovery.raised', 'recovery.notified', 'recovery.completed']),
    );
    expect(events.map((event) => event.personId)).toEqual(events.map(() => agreement.personId));
  });

  it('refuses to complete a recovery twice, and unknown recoveries', async () => {
    await expectRefused(
      COMPLETE_RECOVERY,
      'completeRecovery',
      { recoveryId, recoveredDate: '2026-11-23', idempotencyKey: 'sweep-twice' },
      { __typename: 'InvalidStateError', code: 'INVALID_STATE', path: ['input', 'recoveryId'] },
    );
    await expectRefused(
      NOTIFY,
      'notifyRecovery',
      { recoveryId: agreementId, notifiedDate: '2026-11-23' },
      { __typename: 'NotFoundError', code: 'NOT_FOUND', path: ['input', 'recoveryId'] },
    );
  });
});
