import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

// Each role's worklist (the demo's workspaces), checked against the seeded records themselves.

const NOW = new Date('2026-06-01T10:00:00Z');
const TODAY = new Date('2026-06-01T00:00:00Z');

const MY_CASELOAD = /* GraphQL */ `
  query MyCaseload($after: String) {
    myCaseload(first: 100, after: $after) {
      edges { node { id person { id } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const AWAITING = /* GraphQL */ `
  query Awaiting($after: String) {
    supportPlansAwaitingApproval(first: 100, after: $after) {
      edges { node { id status } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
const PAYMENTS_DUE = /* GraphQL */ `
  query PaymentsDue($dueBy: Date, $after: String) {
    directPaymentsDue(first: 100, dueBy: $dueBy, after: $after) {
      edges { node { id dueDate } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

interface Page {
  edges: { node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

let t: TestApi;

/** Every node of a connection, page by page. */
async function allIds(
  query: string,
  field: string,
  token: string,
  variables: Record<string, unknown> = {},
) {
  const ids: string[] = [];
  let after: string | null = null;
  do {
    const { body } = await t.graphql<Record<string, Page>>(query, {
      token,
      variables: { ...variables, after },
    });
    expect(body.errors).toBeUndefined();
    const page = body.data?.[field] as Page;
    ids.push(...page.edges.map((edge) => edge.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return ids;
}

beforeAll(async () => {
  t = await startTestApi({ now: () => NOW });
  await seedSyntheticData(t.db, { scale: 'small', seed: 11 });
}, 180_000);

afterAll(() => t.close());

describe('myCaseload', () => {
  it('lists exactly the allocations the signed-in worker holds today', async () => {
    const worker = await t.db.staffMember.findFirstOrThrow({
      where: {
        councilId: DEMO_COUNCIL.id,
        allocations: { some: { OR: [{ toDate: null }, { toDate: { gte: TODAY } }] } },
      },
      orderBy: { id: 'asc' },
    });
    const held = await t.db.allocation.findMany({
      where: {
        staffId: worker.id,
        fromDate: { lte: TODAY },
        OR: [{ toDate: null }, { toDate: { gte: TODAY } }],
      },
      select: { id: true },
    });
    expect(held.length).toBeGreaterThan(0);
    const token = await t.tokenFor({
      councilId: DEMO_COUNCIL.id,
      subject: worker.subject,
      roles: ['QUALIFIED_SOCIAL_WORKER'],
    });
    const ids = await allIds(MY_CASELOAD, 'myCaseload', token);
    expect(new Set(ids)).toEqual(new Set(held.map((row) => globalId('Allocation', row.id))));
  });

  it('is empty for a worker who holds no case', async () => {
    const token = await t.tokenFor({ councilId: DEMO_COUNCIL.id, subject: 'staff:no-cases' });
    expect(await allIds(MY_CASELOAD, 'myCaseload', token)).toEqual([]);
  });

  it('is refused to a finance officer', async () => {
    const token = await t.tokenFor({ councilId: DEMO_COUNCIL.id, roles: ['FINANCE_OFFICER'] });
    const { body } = await t.graphql(MY_CASELOAD, { token });
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('supportPlansAwaitingApproval', () => {
  it('lists the council’s submitted plans except the ones the approver prepared', async () => {
    const submitted = await t.db.supportPlan.findMany({
      where: { councilId: DEMO_COUNCIL.id, status: 'SUBMITTED' },
      select: { id: true, preparedBy: { select: { subject: true } } },
    });
    const preparer = submitted.find((plan) => plan.preparedBy)?.preparedBy?.subject;
    const subject = preparer ?? 'staff:approver';
    const token = await t.tokenFor({
      councilId: DEMO_COUNCIL.id,
      subject,
      roles: ['TEAM_MANAGER'],
    });
    const ids = await allIds(AWAITING, 'supportPlansAwaitingApproval', token);
    const expected = submitted
      .filter((plan) => plan.preparedBy?.subject !== subject)
      .map((plan) => globalId('SupportPlan', plan.id));
    expect(new Set(ids)).toEqual(new Set(expected));
    if (preparer) expect(ids.length).toBeLessThan(submitted.length);
  });
});

describe('directPaymentsDue and the money reports for a finance officer', () => {
  it('lists the scheduled payments due by the date asked, and nothing paid', async () => {
    // a fortnight past the council's earliest scheduled payment, so that some are due and some not
    const earliest = await t.db.directPayment.findFirstOrThrow({
      where: { councilId: DEMO_COUNCIL.id, status: 'SCHEDULED' },
      orderBy: { dueDate: 'asc' },
    });
    const dueBy = new Date(earliest.dueDate.getTime() + 14 * 86_400_000).toISOString().slice(0, 10);
    const due = await t.db.directPayment.findMany({
      where: {
        councilId: DEMO_COUNCIL.id,
        status: 'SCHEDULED',
        dueDate: { lte: new Date(`${dueBy}T00:00:00Z`) },
      },
      select: { id: true },
    });
    expect(due.length).toBeGreaterThan(0);
    expect(due.length).toBeLessThan(
      await t.db.directPayment.count({
        where: { councilId: DEMO_COUNCIL.id, status: 'SCHEDULED' },
      }),
    );
    const token = await t.tokenFor({ councilId: DEMO_COUNCIL.id, roles: ['FINANCE_OFFICER'] });
    const ids = await allIds(PAYMENTS_DUE, 'directPaymentsDue', token, { dueBy });
    expect(new Set(ids)).toEqual(new Set(due.map((row) => globalId('DirectPayment', row.id))));
  });

  it('lets a finance officer read surpluses, recoveries and their summary, and not a care coordinator', async () => {
    const finance = await t.tokenFor({ councilId: DEMO_COUNCIL.id, roles: ['FINANCE_OFFICER'] });
    const coordinator = await t.tokenFor({
      councilId: DEMO_COUNCIL.id,
      subject: 'staff:coordinator',
      roles: ['CARE_COORDINATOR'],
    });
    const query = /* GraphQL */ `{
      directPaymentSurpluses(first: 1) { edges { node { recoverablePence } } }
      recoveries(first: 1) { edges { node { __typename } } }
    }`;
    const allowed = await t.graphql(query, { token: finance });
    expect(allowed.body.errors).toBeUndefined();
    const refused = await t.graphql(query, { token: coordinator });
    expect(refused.body.errors?.map((error) => error.extensions?.code)).toContain('FORBIDDEN');
  });
});
