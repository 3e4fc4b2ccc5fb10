import { hashClientSecret } from '@openpb/db/api-clients/client-secret';
import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clientCredentialsTokenProvider } from '../src/auth/client-credentials.ts';
import { createClient, type OpenPbClient } from '../src/create-client.ts';
import type { ProposeSupportPlanInput, SubmitSpendInput } from '../src/generated/types/graphql.ts';

const SECRET = 'sdk-writes-secret-0123456789abcdef';
const CLIENT_ID = 'sdk-test-support-service';
const url = inject('apiUrl');
const today = new Date().toISOString().slice(0, 10);
let db: PrismaClient;
let client: OpenPbClient;
/** Delegates PROPOSE_PLAN and SUBMIT_EVIDENCE; has an active direct payment agreement. */
let delegating: { personId: string; agreementId: string };
/** Delegates READ_PLAN only; has an active direct payment agreement. */
let readOnly: { personId: string; agreementId: string };

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const content: ProposeSupportPlanInput['content'] = {
  startDate: today,
  outcomes: [{ description: 'Keep my allotment going' }, { description: 'See my grandchildren' }],
  lines: [
    {
      description: 'Personal assistant, Saturdays',
      serviceType: 'LT_COMMUNITY',
      serviceComponent: 'DIRECT_PAYMENT',
      deliveryMechanism: 'DIRECT_PAYMENT',
      unitCostPence: 9_000,
      costFrequency: 'WEEKLY',
      startDate: today,
    },
  ],
};

function spend(agreementId: string, change: Partial<SubmitSpendInput> = {}): SubmitSpendInput {
  return {
    agreementId,
    postedDate: today,
    amountPence: -2_400,
    counterpartyName: 'Garden Centre',
    counterpartyType: 'RETAIL',
    spendCategory: 'EQUIPMENT_OR_ASSISTIVE_TECH',
    evidenceRef: 'INV-77',
    idempotencyKey: `sdk-spend-${Date.now()}`,
    ...change,
  };
}

beforeAll(async () => {
  db = createDatabaseClient({ databaseUrl: inject('databaseUrl'), poolSize: 4 });
  // two seeded people with an active agreement and no open plan version, newest first so that
  // the other client tests (which read the oldest) are not affected
  const agreements = await db.directPaymentAgreement.findMany({
    where: {
      status: 'ACTIVE',
      person: { supportPlans: { none: { status: { in: ['DRAFT', 'SUBMITTED'] } } } },
    },
    orderBy: { id: 'desc' },
    take: 2,
  });
  const [first, second] = agreements;
  if (!first || !second) throw new Error('the seed has too few active agreements');
  delegating = {
    personId: first.personId,
    agreementId: globalId('DirectPaymentAgreement', first.id),
  };
  readOnly = {
    personId: second.personId,
    agreementId: globalId('DirectPaymentAgreement', second.id),
  };
  const organisation = await db.organisation.create({
    data: { type: 'DPSS', name: 'SDK Test Support Service' },
  });
  await db.apiClient.create({
    data: {
      councilId: first.councilId,
      organisationId: organisation.id,
      clientId: CLIENT_ID,
      secretHash: await hashClientSecret(SECRET),
      name: 'SDK test support service',
    },
  });
  for (const [personId, scopes] of [
    [first.personId, ['PROPOSE_PLAN', 'SUBMIT_EVIDENCE']],
    [second.personId, ['READ_PLAN']],
  ] as const) {
    await db.delegation.create({
      data: {
        councilId: first.councilId,
        personId,
        organisationId: organisation.id,
        scopes: [...scopes],
        grantedBy: 'COUNCIL',
        validFrom: new Date('2020-01-01T00:00:00Z'),
        recordedBySubject: 'staff:sdk-test',
      },
    });
  }
  client = createClient({
    url,
    getToken: clientCredentialsTokenProvider({ url, clientId: CLIENT_ID, clientSecret: SECRET }),
  });
});

afterAll(async () => {
  await db?.$disconnect();
});

describe('a third-party app writing for a person', () => {
  it('proposes a support plan version, which waits as a draft for the council', async () => {
    const result = await client.supportPlans.propose({
      personId: globalId('Person', delegating.personId),
      content,
    });
    expect(result).toMatchObject({
      ok: true,
      data: {
        proposal: { planId: expect.any(String), version: expect.any(Number), status: 'DRAFT' },
      },
    });
    const again = await client.supportPlans.propose({
      personId: globalId('Person', delegating.personId),
      content,
    });
    expect(again).toMatchObject({ ok: false, error: { __typename: 'ConflictError' } });
  });

  it('submits evidenced spend once, however often it is retried with its key', async () => {
    const input = spend(delegating.agreementId);
    const first = await client.spends.submit(input);
    expect(first).toMatchObject({
      ok: true,
      data: {
        spend: {
          // held for the council's review (D98): on the ledger only once accepted
          status: 'SUBMITTED',
          transactionId: null,
          postedDate: today,
          amountPence: -2_400,
          evidenceRef: 'INV-77',
        },
      },
    });
    const again = await client.spends.submit(input);
    expect(again.ok && again.data).toEqual(first.ok && first.data);
  });

  it('returns typed refusals: outside its scopes, and for someone who does not delegate to it', async () => {
    const outOfScope = await client.spends.submit(spend(readOnly.agreementId));
    expect(outOfScope).toMatchObject({
      ok: false,
      error: { __typename: 'ForbiddenError', code: 'FORBIDDEN' },
    });
    const stranger = await db.person.findFirstOrThrow({
      where: { id: { notIn: [delegating.personId, readOnly.personId] } },
    });
    const notDelegating = await client.supportPlans.propose({
      personId: globalId('Person', stranger.id),
      content,
    });
    expect(notDelegating).toMatchObject({
      ok: false,
      error: { __typename: 'NotFoundError', code: 'NOT_FOUND', path: ['input', 'personId'] },
    });
  });

  it('reports a business rule broken by the entry: spend is money out', async () => {
    const result = await client.spends.submit(
      spend(delegating.agreementId, { amountPence: 2_400 }),
    );
    expect(result).toMatchObject({
      ok: false,
      error: {
        __typename: 'RuleViolationError',
        violations: [{ code: 'LEDGER_DIRECTION_INVALID' }],
      },
    });
  });
});
