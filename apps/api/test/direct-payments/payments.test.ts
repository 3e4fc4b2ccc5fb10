import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/fixtures.ts';
import {
  type DirectPaymentWorld,
  directPaymentRowCounts,
  RECORD_PAYMENT,
  SCHEDULE,
  scheduleYear,
  setUpAgreement,
  startDirectPaymentWorld,
} from './direct-payment-fixtures.ts';

type ScheduleResult = {
  scheduleDirectPayments: { __typename: string; code?: string; path?: string[] };
};
type RecordResult = {
  recordDirectPayment: {
    __typename: string;
    payment?: { id: string; status: string; paidDate: string; netAmountPence: number };
    code?: string;
    path?: string[];
  };
};

let world: DirectPaymentWorld;
let agreementId: string;
let payments: Awaited<ReturnType<typeof scheduleYear>>;

beforeAll(async () => {
  world = await startDirectPaymentWorld();
  agreementId = await setUpAgreement(world);
});

afterAll(() => world.t.close());

async function schedule(
  input: Record<string, unknown>,
  staff: 'financeOfficer' | 'auditor' = 'financeOfficer',
) {
  return world.t.graphql<ScheduleResult>(SCHEDULE, {
    token: await world.tokenOf(staff),
    variables: { input },
  });
}

async function record(
  input: Record<string, unknown>,
  staff: 'financeOfficer' | 'socialWorker' = 'financeOfficer',
) {
  return world.t.graphql<RecordResult>(RECORD_PAYMENT, {
    token: await world.tokenOf(staff),
    variables: { input },
  });
}

describe('scheduleDirectPayments', () => {
  it('refuses anyone but a finance officer, writing nothing', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await schedule(
      { agreementId, firstPeriodStart: '2026-04-06', idempotencyKey: 'k-auditor' },
      'auditor',
    );
    expect(body.data?.scheduleDirectPayments.__typename).toBe('ForbiddenError');
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('refuses payments before the agreement starts, and unknown agreements', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const early = await schedule({
      agreementId,
      firstPeriodStart: '2026-04-01',
      idempotencyKey: 'k-early',
    });
    expect(early.body.data?.scheduleDirectPayments).toMatchObject({
      __typename: 'ValidationError',
      path: ['input', 'firstPeriodStart'],
    });
    const unknown = await schedule({
      agreementId: globalId('DirectPaymentAgreement', world.personId),
      firstPeriodStart: '2026-04-06',
      idempotencyKey: 'k-unknown',
    });
    expect(unknown.body.data?.scheduleDirectPayments).toMatchObject({
      __typename: 'NotFoundError',
      path: ['input', 'agreementId'],
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('schedules 13 four-weekly payments summing exactly to the annual net (I-9)', async () => {
    payments = await scheduleYear(world, agreementId);
    expect(payments).toHaveLength(13);
    const sum = (key: 'netAmountPence' | 'grossAmountPence' | 'contributionDeductedPence') =>
      payments.reduce((total, payment) => total + payment[key], 0);
    expect(sum('netAmountPence')).toBe(1_040_012);
    expect(sum('grossAmountPence')).toBe(1_300_013);
    expect(sum('contributionDeductedPence')).toBe(260_001);
    expect(payments[0]).toMatchObject({
      sequence: 1,
      periodStart: '2026-04-06',
      periodEnd: '2026-05-03',
      netAmountPence: 80_000,
      status: 'SCHEDULED',
    });
    expect(payments[12]).toMatchObject({
      sequence: 13,
      periodEnd: '2027-04-04',
      netAmountPence: 80_012,
    });
  });

  it('returns the first result for the same key, without scheduling again', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await schedule({
      agreementId,
      firstPeriodStart: '2026-04-06',
      idempotencyKey: `schedule-${agreementId}`,
    });
    expect(body.data?.scheduleDirectPayments.__typename).toBe(
      'MutationScheduleDirectPaymentsSuccess',
    );
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('refuses the same key with another payload', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await schedule({
      agreementId,
      firstPeriodStart: '2027-04-05',
      idempotencyKey: `schedule-${agreementId}`,
    });
    expect(body.data?.scheduleDirectPayments).toMatchObject({
      __typename: 'ConflictError',
      code: 'IDEMPOTENCY_KEY_REUSED',
      path: ['input', 'idempotencyKey'],
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('refuses to schedule a period twice', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await schedule({
      agreementId,
      firstPeriodStart: '2026-09-01',
      idempotencyKey: 'k-overlap',
    });
    expect(body.data?.scheduleDirectPayments).toMatchObject({
      __typename: 'ConflictError',
      code: 'DUPLICATE',
      path: ['input', 'firstPeriodStart'],
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });
});

describe('recordDirectPayment', () => {
  it('refuses a social worker, writing nothing', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await record(
      { paymentId: payments[0]?.id, paidDate: '2026-04-06', idempotencyKey: 'pay-sw' },
      'socialWorker',
    );
    expect(body.data?.recordDirectPayment.__typename).toBe('ForbiddenError');
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('marks the payment PAID and posts its PAYMENT_IN entry together', async () => {
    const { body } = await record({
      paymentId: payments[0]?.id,
      paidDate: '2026-04-06',
      idempotencyKey: 'pay-1',
    });
    expect(body.data?.recordDirectPayment).toMatchObject({
      __typename: 'MutationRecordDirectPaymentSuccess',
      payment: { status: 'PAID', paidDate: '2026-04-06', netAmountPence: 80_000 },
    });
    const entries = await world.t.db.accountTransaction.findMany();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      kind: 'PAYMENT_IN',
      amountPence: 80_000,
      counterpartyType: 'LA',
    });
  });

  it('returns the first result for the same key: one payment, one ledger row', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await record({
      paymentId: payments[0]?.id,
      paidDate: '2026-04-06',
      idempotencyKey: 'pay-1',
    });
    expect(body.data?.recordDirectPayment).toMatchObject({
      __typename: 'MutationRecordDirectPaymentSuccess',
      payment: { id: payments[0]?.id, status: 'PAID' },
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
    expect(await world.t.db.accountTransaction.count()).toBe(1);
  });

  it('refuses the same key with another payload', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await record({
      paymentId: payments[1]?.id,
      paidDate: '2026-05-04',
      idempotencyKey: 'pay-1',
    });
    expect(body.data?.recordDirectPayment).toMatchObject({
      __typename: 'ConflictError',
      code: 'IDEMPOTENCY_KEY_REUSED',
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('refuses to pay a payment that is already paid (new key)', async () => {
    const before = await directPaymentRowCounts(world.t.db);
    const { body } = await record({
      paymentId: payments[0]?.id,
      paidDate: '2026-04-07',
      idempotencyKey: 'pay-again',
    });
    expect(body.data?.recordDirectPayment).toMatchObject({
      __typename: 'InvalidStateError',
      code: 'INVALID_STATE',
      path: ['input', 'paymentId'],
    });
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });

  it('refuses a caller with no staff record in this council before anything runs (HTTP 403)', async () => {
    const other = await world.t.tokenFor({
      councilId: world.councilId,
      roles: ['FINANCE_OFFICER'],
      subject: 'staff:not-on-record',
      staffRecord: false,
    });
    const before = await directPaymentRowCounts(world.t.db);
    const { status, body } = await world.t.graphql<RecordResult>(RECORD_PAYMENT, {
      token: other,
      variables: {
        input: { paymentId: payments[1]?.id, paidDate: '2026-05-04', idempotencyKey: 'x' },
      },
    });
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await directPaymentRowCounts(world.t.db)).toEqual(before);
  });
});
