import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { SYNTHETIC_NHS_NUMBER_COUNT, syntheticNhsNumber } from '@openpb/domain/entities/nhs-number';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId, personalAssistant } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/**
 * The bench's write mutations run on node-postgres (D106): one transaction of their own
 * statements, the row, its domain event and its audit row, and no Prisma query (Prisma's name
 * every table with its schema, `"public".`). Counts and rows, never timings.
 */
const CREATE_PERSON = `mutation Create($input: CreatePersonInput!) {
  createPerson(input: $input) {
    __typename
    ... on MutationCreatePersonSuccess { person { id laPersonId birthDate } }
    ... on Error { code path }
  }
}`;
const RECORD_PAYMENT = `mutation Pay($input: RecordDirectPaymentInput!) {
  recordDirectPayment(input: $input) {
    __typename
    ... on MutationRecordDirectPaymentSuccess { payment { id status paidDate } }
    ... on Error { code path }
  }
}`;

let t: TestApi;
let caseworker: string;
let finance: string;
/** A valid NHS number no seeded person has: the last of the synthetic range. */
const nhsNumber = syntheticNhsNumber(SYNTHETIC_NHS_NUMBER_COUNT - 1);

beforeAll(async () => {
  t = await startTestApi();
  await seedSyntheticData(t.db, { scale: 'small', seed: 1 });
  caseworker = await t.tokenFor({
    councilId: DEMO_COUNCIL.id,
    subject: 'staff:write-statements',
    roles: ['CARE_COORDINATOR'],
  });
  finance = await t.tokenFor({
    councilId: DEMO_COUNCIL.id,
    subject: 'staff:write-statements-finance',
    roles: ['FINANCE_OFFICER'],
  });
  // the first request of a token checks its identity (cached after): not part of a write
  for (const token of [caseworker, finance]) await t.graphql('{ viewer { subject } }', { token });
});

afterAll(() => t.close());

const person = (laPersonId: string, nhsNumber: string | null) => ({
  laPersonId,
  nhsNumber,
  givenName: 'Wren',
  familyName: 'Statements',
  birthDate: '1950-02-28',
  gender: 'FEMALE',
  ethnicity: 'WHITE_BRITISH',
  postcode: 'LS1 4AP',
  clientType: 'SERVICE_USER',
  primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
  accommodationStatus: 'OWNER_OCCUPIER',
});

async function mutate<T>(query: string, token: string, input: Record<string, unknown>) {
  t.resetStatements();
  const { body } = await t.graphql<Record<string, T>>(query, { token, variables: { input } });
  expect(body.errors).toBeUndefined();
  return { result: Object.values(body.data ?? {})[0] as T, statements: [...t.statements] };
}

describe('createPerson (D106)', () => {
  it('is one transaction of the row, its event and its audit row, none through Prisma', async () => {
    const { result, statements } = await mutate<{ person: Record<string, string> }>(
      CREATE_PERSON,
      caseworker,
      person('WS-000001', nhsNumber),
    );
    expect(result).toMatchObject({ person: { laPersonId: 'WS-000001', birthDate: '1950-02-28' } });
    expect(statements.map(firstWords)).toEqual([
      'BEGIN',
      'INSERT INTO person',
      'WITH alongside', // the domain event (the outbox, D35) and the WRITE row, one statement (D110)
      'COMMIT',
    ]);
    const stored = await t.db.person.findFirstOrThrow({ where: { laPersonId: 'WS-000001' } });
    expect(stored.birthDate.toISOString()).toBe('1950-02-28T00:00:00.000Z');
    // the WRITE row names the person, and stands for the answer's read of them (D107)
    const rows = await t.db.auditLogEntry.findMany({
      where: { actorSubject: 'staff:write-statements', operation: { startsWith: 'Create' } },
    });
    expect(rows).toMatchObject([
      { kind: 'WRITE', operation: 'Create:Mutation.createPerson', entity: 'Person', outcome: 'OK' },
    ]);
    expect(rows[0]?.entityIds).toEqual([stored.id]);
  });

  it('rolls a duplicate back and names the field whose unique index it broke', async () => {
    const { result, statements } = await mutate<{ code: string; path: string[] }>(
      CREATE_PERSON,
      caseworker,
      person('WS-000002', nhsNumber),
    );
    expect(result).toMatchObject({ code: 'DUPLICATE', path: ['input', 'nhsNumber'] });
    // the refusal's audit row follows, on the group commit (D18)
    expect(statements.map(firstWords)).toEqual([
      'BEGIN',
      'INSERT INTO person',
      'ROLLBACK',
      'INSERT INTO audit_log',
    ]);
    expect(await t.db.person.count({ where: { laPersonId: 'WS-000002' } })).toBe(0);
  });
});

describe('recordDirectPayment (D106)', () => {
  it('pays once per idempotency key, in one transaction with no Prisma query', async () => {
    const payment = await t.db.directPayment.findFirstOrThrow({
      where: { councilId: DEMO_COUNCIL.id, status: 'SCHEDULED', agreement: { status: 'ACTIVE' } },
      orderBy: { id: 'asc' },
    });
    const input = {
      paymentId: globalId('DirectPayment', payment.id),
      paidDate: '2026-11-30',
      idempotencyKey: 'write-statements-1',
    };
    const first = await mutate<{ payment: Record<string, string> }>(RECORD_PAYMENT, finance, input);
    expect(first.result.payment).toMatchObject({ status: 'PAID', paidDate: '2026-11-30' });
    expect(first.statements.map(firstWords)).toEqual([
      'BEGIN',
      'SELECT a."__alongside",', // the acting staff member, and the payment, locked, with its agreement (D110)
      'INSERT INTO idempotency_record', // the key, claimed
      'UPDATE direct_payment', // … RETURNING the payment as paid
      'INSERT INTO account_transaction',
      'WITH alongside', // the domain event and the WRITE row, naming the payment (D107, D110)
      'COMMIT',
    ]);
    expect(first.statements.filter((sql) => sql.includes('"public".'))).toEqual([]);
    const repeat = await mutate<{ payment: Record<string, string> }>(
      RECORD_PAYMENT,
      finance,
      input,
    );
    expect(repeat.result.payment).toEqual(first.result.payment);
    expect(repeat.statements.map(firstWords)).toEqual([
      'BEGIN',
      'SELECT a."__alongside",', // the payment, as the first call left it
      'INSERT INTO idempotency_record', // the key is taken …
      'SELECT operation,', // … by the first call, with the same input
      'INSERT INTO audit_log', // no second event: the repeat changed nothing (D108)
      'COMMIT',
    ]);
    const events = await t.db.domainEvent.count({
      where: { type: 'direct_payment.paid', subject: globalId('DirectPayment', payment.id) },
    });
    expect(events).toBe(1);
    expect(await t.db.accountTransaction.count({ where: { paymentId: payment.id } })).toBe(1);
  });
});

const SUBMIT_PLAN = `mutation Submit($input: SubmitSupportPlanInput!) {
  submitSupportPlan(input: $input) {
    __typename
    ... on MutationSubmitSupportPlanSuccess { plan { id status revision } }
    ... on Error { code path }
  }
}`;

const DRAFT_PLAN = `mutation Draft($input: DraftSupportPlanInput!) {
  draftSupportPlan(input: $input) {
    __typename
    ... on MutationDraftSupportPlanSuccess { plan { id revision } }
    ... on Error { code path }
  }
}`;

describe('submitSupportPlan (D106)', () => {
  it('submits in one statement, and refuses a plan without lines on what it returned', async () => {
    // one draft a person at a time: two people without one
    const people = await t.db.person.findMany({
      where: { councilId: DEMO_COUNCIL.id, deathDate: null, supportPlans: { none: {} } },
      orderBy: { id: 'asc' },
      take: 2,
    });
    const draft = async (person: { id: string } | undefined) => {
      if (!person) throw new Error('The seed has too few people without a plan');
      const { result } = await mutate<{ plan: { id: string; revision: number } }>(
        DRAFT_PLAN,
        caseworker,
        {
          personId: globalId('Person', person.id),
          content: {
            startDate: '2026-12-01',
            outcomes: [{ description: 'To stay at home' }, { description: 'To see friends' }],
            lines: [personalAssistant],
          },
        },
      );
      expect(result).toMatchObject({ __typename: 'MutationDraftSupportPlanSuccess' });
      return { planId: result.plan.id, expectedRevision: result.plan.revision };
    };
    // a plan without lines is refused on what that one statement read, writing nothing
    const bare = await draft(people[0]);
    await t.db.supportPlanLine.deleteMany({ where: { planId: idOf(bare.planId) } });
    const refused = await mutate<{ code: string }>(SUBMIT_PLAN, caseworker, bare);
    expect(refused.result).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(refused.statements.map(firstWords)).toEqual([
      'BEGIN',
      'WITH acting', // the submission, refused on what it returned: rolled back
      'ROLLBACK',
      'INSERT INTO audit_log', // the refusal, on the group commit (D18)
    ]);
    const submitted = await mutate<{ plan: Record<string, unknown> }>(
      SUBMIT_PLAN,
      caseworker,
      await draft(people[1]),
    );
    expect(submitted.result.plan).toMatchObject({ status: 'SUBMITTED' });
    expect(submitted.statements.map(firstWords)).toEqual([
      'BEGIN',
      'WITH acting', // the acting staff member, and the plan submitted where it may be (D111)
      'WITH alongside', // the domain event and the WRITE row
      'COMMIT',
    ]);
  });
});

/** The database id in a Relay global id. */
const idOf = (id: string) => Buffer.from(id, 'base64').toString('utf8').split(':')[1];

/** A statement's first two words (three for INSERT INTO), to name it without its text. */
function firstWords(sql: string): string {
  const words = sql.trim().split(/\s+/);
  return words.slice(0, words[0] === 'INSERT' ? 3 : words.length === 1 ? 1 : 2).join(' ');
}
