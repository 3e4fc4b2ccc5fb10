import { readFile } from 'node:fs/promises';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASELOAD } from '../../src/testing/caseload-query.ts';
import { type GraphQLPost, startTestApi, type TestApi } from '../support/test-api.ts';

/**
 * The caseload of D15 (the bench's operation a): a page of people with their current personal
 * budget, the lines of their current support plan and the last 10 ledger entries of their direct
 * payment agreements. The number of SQL statements must not depend on the page size (no N+1), and
 * nested `first:` must be applied per parent in SQL, not by loading every child row: both through
 * the compiled SQL read that answers it for staff and through the resolvers that answer everything
 * else. Counts only, never timings.
 */
interface CaseloadData {
  people: {
    edges: {
      node: {
        directPaymentAgreements: { edges: { node: { transactions: { edges: unknown[] } } }[] };
      };
    }[];
  };
}

let t: TestApi;
let token: string;

beforeAll(async () => {
  t = await startTestApi();
  await seedSyntheticData(t.db, { scale: 'small', seed: 1 });
  token = await t.tokenFor({ councilId: DEMO_COUNCIL.id });
});

afterAll(() => t.close());

async function caseloadStatements(post: GraphQLPost, first: number) {
  // warm up once so that nothing lazy (first-use queries) is counted
  await post(CASELOAD, { token, variables: { first } });
  t.resetStatements();
  const { status, body } = await post<CaseloadData>(CASELOAD, { token, variables: { first } });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  const statements = [...t.statements];
  return { statements, data: body.data as CaseloadData };
}

describe('caseload SQL statements, compiled read (docs/decisions.md D15)', () => {
  it('runs the same statements for first: 10 and first: 50: one read and the audit insert', async () => {
    const ten = await caseloadStatements(t.graphql, 10);
    const fifty = await caseloadStatements(t.graphql, 50);
    expect(ten.data.people.edges).toHaveLength(10);
    expect(fifty.data.people.edges).toHaveLength(50);
    if (process.env.CASELOAD_SQL_DEBUG) console.log(ten.statements.join('\n---\n'));
    // the same statement but for the page's limit, which is written into its text (D101)
    const unlimited = (statements: readonly string[]) =>
      statements.map((sql) => sql.replace(/LIMIT (10|50)\)\) AS c0/, 'LIMIT {page0})) AS c0'));
    expect(unlimited(fifty.statements)).toEqual(unlimited(ten.statements));
    expect(ten.statements).toHaveLength(2);
    expect(ten.statements[1]).toMatch(/^INSERT INTO audit_log/);
  });

  it('runs the committed statement (test/sql-reads/__snapshots__/caseload.sql)', async () => {
    const [read = ''] = (await caseloadStatements(t.graphql, 10)).statements;
    const committed = await readFile(
      new URL('../sql-reads/__snapshots__/caseload.sql', import.meta.url),
      'utf8',
    );
    // the snapshot's two comment lines count the root pages and name the parameters; the page's
    // limit (10 here) is written into the text where the snapshot says {page0} (D101)
    expect(`${read}\n`).toBe(committed.split('\n').slice(2).join('\n').replace('{page0}', '10'));
  });

  it('answers each person with their newest budget, plan version and ledger entries', async () => {
    await expectNewestRecords(t.graphql);
  });
});

describe('caseload SQL statements, resolvers', () => {
  const resolvers = () => t.resolversOnly.graphql;

  it('runs the same number of statements for first: 10 and first: 50', async () => {
    const ten = await caseloadStatements(resolvers(), 10);
    const fifty = await caseloadStatements(resolvers(), 50);
    expect(ten.data.people.edges).toHaveLength(10);
    expect(fifty.data.people.edges).toHaveLength(50);
    expect(fifty.statements.length).toBe(ten.statements.length);
  });

  it('reads nested pages per parent in SQL (LIMIT), not every child row', async () => {
    const { statements } = await caseloadStatements(resolvers(), 10);
    const readsOf = (table: string) =>
      statements.filter((sql) => sql.includes('SELECT') && sql.includes(`FROM "${table}"`));
    for (const table of [
      'personal_budget',
      'support_plan',
      'direct_payment_agreement',
      'account_transaction',
    ]) {
      expect(readsOf(table)).toHaveLength(1);
      expect(readsOf(table)[0]).toMatch(/CROSS JOIN LATERAL[\s\S]*LIMIT/);
    }
  });

  it('answers each person with their newest budget, plan version and ledger entries', async () => {
    await expectNewestRecords(resolvers());
  });
});

async function expectNewestRecords(post: GraphQLPost) {
  const { data } = await caseloadStatements(post, 10);
  const people = (data as unknown as CaseloadAnswer).people.edges.map((edge) => edge.node);
  for (const person of people) {
    const personId = Buffer.from(person.id, 'base64').toString().split(':')[1];
    const budget = await t.db.personalBudget.findFirst({
      where: { personId },
      orderBy: [{ effectiveFrom: 'desc' }, { id: 'desc' }],
    });
    expect(person.personalBudgets.edges.map((edge) => edge.node.annualTotalPence)).toEqual(
      budget ? [budget.annualTotalPence] : [],
    );
    const plan = await t.db.supportPlan.findFirst({
      where: { personId },
      orderBy: { version: 'desc' },
      include: { lines: { orderBy: [{ position: 'asc' }, { id: 'asc' }] } },
    });
    expect(person.supportPlans.edges.map((edge) => edge.node)).toEqual(
      plan
        ? [
            {
              version: plan.version,
              lines: plan.lines.map(({ description, weeklyCostPence }) => ({
                description,
                weeklyCostPence,
              })),
            },
          ]
        : [],
    );
  }
}

interface CaseloadAnswer {
  people: {
    edges: {
      node: {
        id: string;
        personalBudgets: { edges: { node: { annualTotalPence: number } }[] };
        supportPlans: {
          edges: {
            node: { version: number; lines: { description: string; weeklyCostPence: number }[] };
          }[];
        };
      };
    }[];
  };
}

const LEDGER_PAGE = `query Ledger($id: ID!, $first: Int!, $after: String) {
  node(id: $id) { ... on DirectPaymentAgreement {
    transactions(first: $first, after: $after) {
      edges { node { id } } pageInfo { hasNextPage endCursor } } } }
}`;

interface LedgerData {
  node: {
    transactions: {
      edges: { node: { id: string } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

describe('DirectPaymentAgreement.transactions', () => {
  it('pages through the ledger newest first, as the database orders it', async () => {
    const agreement = await t.db.directPaymentAgreement.findFirstOrThrow({
      where: { councilId: DEMO_COUNCIL.id, transactions: { some: {} } },
      orderBy: { id: 'asc' },
    });
    const expected = (
      await t.db.accountTransaction.findMany({
        where: { agreementId: agreement.id },
        orderBy: [{ postedDate: 'desc' }, { id: 'desc' }],
        take: 8,
        select: { id: true },
      })
    ).map((row) => Buffer.from(`AccountTransaction:${row.id}`).toString('base64'));
    const id = Buffer.from(`DirectPaymentAgreement:${agreement.id}`).toString('base64');
    const first = await t.graphql<LedgerData>(LEDGER_PAGE, { token, variables: { id, first: 5 } });
    expect(first.body.errors).toBeUndefined();
    const page1 = first.body.data?.node.transactions;
    const second = await t.graphql<LedgerData>(LEDGER_PAGE, {
      token,
      variables: { id, first: 3, after: page1?.pageInfo.endCursor },
    });
    expect(second.body.errors).toBeUndefined();
    const page2 = second.body.data?.node.transactions;
    expect([...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((edge) => edge.node.id)).toEqual(
      expected,
    );
    expect(page1?.pageInfo.hasNextPage).toBe(true);
  });
});
