import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSignedOffDirectPaymentBudget,
  SCHEDULE,
  SET_UP,
} from '../direct-payments/direct-payment-fixtures.ts';
import { globalId } from '../support/fixtures.ts';
import { type KillableApi, startKillableApi } from '../support/killable-api.ts';

/**
 * Two API processes on one database behave as one (D85): they draw on the same rate-limit bucket,
 * and every request is audited exactly once, whichever process answered it. Real child
 * processes, each with its own pools and memory; a frozen clock, so that no bucket refills while
 * the test runs.
 */
const PER_MINUTE = 60; // a burst of 10
const read = (index: number) =>
  [
    `query Spread${index} { people(first: 1) { edges { node { id } } } }`,
    `Spread${index}`,
  ] as const;
let api: KillableApi;
const children: ChildProcess[] = [];
let urls: string[];

beforeAll(async () => {
  api = await startKillableApi('https://idp.scale-out.example', {
    rateLimitPerMinute: PER_MINUTE,
    now: new Date().toISOString(),
  });
  const started = await Promise.all([api.start(), api.start()]);
  children.push(...started.map((one) => one.child));
  urls = started.map((one) => one.url);
}, 60_000);

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  await api?.close();
});

describe('two API processes on one database', () => {
  it('share one rate limit and audit each request once, none lost', async () => {
    const statuses: number[] = [];
    // alternately to each process, as a load balancer would: 10 of the 12 fit the burst
    for (let index = 0; index < 12; index++) {
      const url = urls[index % 2] as string;
      const { status } = await api.post(url, ...read(index));
      statuses.push(status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(10);
    expect(statuses.slice(10)).toEqual([429, 429]);
    // concurrently, to both: all refused, and each refusal audited once
    const burst = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        api.post(urls[index % 2] as string, ...read(12 + index)),
      ),
    );
    expect(burst.map((answer) => answer.status)).toEqual(Array(8).fill(429));

    const rows = await api.owner.auditLogEntry.findMany({
      where: { operation: { startsWith: 'Spread' } },
      select: { operation: true, outcome: true },
    });
    const byOperation = new Map<string, string[]>();
    for (const row of rows) {
      byOperation.set(row.operation, [...(byOperation.get(row.operation) ?? []), row.outcome]);
    }
    expect(byOperation.size).toBe(20);
    for (let index = 0; index < 20; index++) {
      const outcomes = byOperation.get(`Spread${index}`);
      expect(outcomes, `Spread${index}`).toHaveLength(1);
      if (index >= 10) expect(outcomes).toEqual(['RATE_LIMITED']);
    }
  });

  it('hold an idempotency key across them: a schedule sent to both at once is made once', async () => {
    const deploymentId = await createSignedOffDirectPaymentBudget(
      api.owner,
      api.councilId,
      api.personId,
    );
    const setUp = await api.post(urls[0] as string, SET_UP, 'SetUp', {
      as: 'careCoordinator',
      variables: {
        input: {
          deploymentId: globalId('BudgetDeployment', deploymentId),
          recipientType: 'SELF',
          legalBasis: 'S31',
          accountType: 'DEDICATED_BANK_ACCOUNT',
          accountRef: '20-00-00 12345678',
          paymentBasis: 'NET',
          paymentFrequency: 'FOUR_WEEKLY',
          contributionFrequency: 'FOUR_WEEKLY',
          signedDate: '2026-04-01',
          startDate: '2026-04-06',
        },
      },
    });
    const agreementId = JSON.parse(setUp.body).data?.setUpDirectPayment?.agreement?.id;
    expect(agreementId, setUp.body).toBeTypeOf('string');
    const input = { agreementId, firstPeriodStart: '2026-04-06', idempotencyKey: 'two-processes' };
    const answers = await Promise.all(
      urls.map((url) =>
        api.post(url, SCHEDULE, 'Schedule', { as: 'financeOfficer', variables: { input } }),
      ),
    );
    const scheduled = answers.map((answer) => JSON.parse(answer.body).data?.scheduleDirectPayments);
    expect(scheduled.map((one) => one?.__typename)).toEqual([
      'MutationScheduleDirectPaymentsSuccess',
      'MutationScheduleDirectPaymentsSuccess',
    ]);
    // the same payments in both answers, and stored once
    const ids = scheduled.map((one) =>
      one.agreement.payments.edges.map((edge: { node: { id: string } }) => edge.node.id).join(),
    );
    expect(ids[0]).toBe(ids[1]);
    const payments = await api.owner.directPayment.count({
      where: { agreement: { personId: api.personId } },
    });
    expect(payments).toBe(scheduled[0].agreement.payments.edges.length);
    expect(payments).toBeGreaterThan(0);
    expect(await api.owner.idempotencyRecord.count({ where: { key: 'two-processes' } })).toBe(1);
  });
});
