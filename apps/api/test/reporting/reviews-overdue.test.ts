import { addDays, addMonths, daysBetween } from '@openpb/domain/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEmptyCouncil, createCouncilWithStaff, globalId } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { addAgreement, addOtherCouncil, addReview } from './support/operational-fixtures.ts';
import { addPerson, addPlan } from './support/reporting-fixtures.ts';

const OVERDUE = /* GraphQL */ `
  query Overdue($first: Int, $after: String, $filter: ReviewsOverdueFilter) {
    reviewsOverdue(first: $first, after: $after, filter: $filter) {
      edges {
        cursor
        node {
          person { id } kind dueDate daysOverdue lastReviewDate
          supportPlan { id } directPaymentAgreement { id }
        }
      }
      pageInfo { hasNextPage hasPreviousPage endCursor }
    }
  }
`;

interface OverdueNode {
  person: { id: string };
  kind: string;
  dueDate: string;
  daysOverdue: number;
  lastReviewDate: string | null;
  supportPlan: { id: string } | null;
  directPaymentAgreement: { id: string } | null;
}
interface OverduePage {
  reviewsOverdue: {
    edges: { cursor: string; node: OverdueNode }[];
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  };
}

const AS_OF = '2025-06-30';
const FIRST_REVIEW_DAYS = 56;

let t: TestApi;
let councilId: string;
let otherCouncilId: string;
const agreementIds = { recent: '', older: '' };
/** A council id nobody has data in. */
const emptyCouncilId = '00000000-0000-7000-8000-000000000001';
const expected: Omit<OverdueNode, 'directPaymentAgreement' | 'supportPlan'>[] = [];

/** What a row should say, from the definition: due date, and days from it to the report date. */
function owed(personId: string, kind: string, dueDate: string, lastReviewDate: string | null) {
  return {
    person: { id: globalId('Person', personId) },
    kind,
    dueDate,
    daysOverdue: daysBetween(dueDate, AS_OF),
    lastReviewDate,
  };
}

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date(`${AS_OF}T10:00:00Z`) });
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  await addEmptyCouncil(t.db);
  const staff = setup.staffIds.socialWorker;
  const person = () => addPerson(t.db, councilId, { birthDate: '1960-01-01' });
  const plan = (personId: string, startDate: string, status = 'APPROVED') =>
    addPlan(
      t.db,
      { councilId, personId, preparedById: staff },
      {
        status,
        startDate,
        lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
      },
    );
  const review = (
    personId: string,
    completedDate: string,
    extra: { agreementId?: string; directPayment?: boolean } = {},
  ) =>
    addReview(
      t.db,
      { councilId, personId, ...(extra.agreementId ? { agreementId: extra.agreementId } : {}) },
      { completedDate, directPayment: extra.directPayment ?? false },
    );

  // new plan, no review yet, past its first-review maximum; a review after the report date does not count
  const newPlan = await person();
  await plan(newPlan, '2025-05-01');
  await review(newPlan, '2025-07-05');
  // a plan with a completed review since its start: nothing owed
  const reviewed = await person();
  await plan(reviewed, '2025-04-01');
  await review(reviewed, '2025-05-20');
  // first review due exactly on the report date: not overdue yet
  const dueToday = await person();
  await plan(dueToday, addDays(AS_OF, -FIRST_REVIEW_DAYS));
  // reviewed once, over 12 months ago: the annual review is owed
  const annual = await person();
  await plan(annual, '2023-01-10');
  await review(annual, '2024-06-15');
  // never reviewed in over a year: both the first and the annual review are owed
  const neverReviewed = await person();
  await plan(neverReviewed, '2024-03-01');
  // a draft plan owes nothing
  const drafted = await person();
  await plan(drafted, '2024-01-01', 'DRAFT');
  // two agreements: one never reviewed, one reviewed over 12 months ago; a plan review and a
  // terminated agreement do not count
  const twoAgreements = await person();
  const recent = await addAgreement(
    t.db,
    { councilId, personId: twoAgreements, assessorId: staff },
    { startDate: '2024-10-01' },
  );
  const older = await addAgreement(
    t.db,
    { councilId, personId: twoAgreements, assessorId: staff },
    { startDate: '2024-01-15' },
  );
  await addAgreement(
    t.db,
    { councilId, personId: twoAgreements, assessorId: staff },
    { startDate: '2023-01-15', endDate: '2024-01-14', status: 'TERMINATED' },
  );
  await review(twoAgreements, '2024-06-01', { agreementId: older, directPayment: true });
  await review(twoAgreements, '2025-03-01');

  expected.push(
    owed(neverReviewed, 'FIRST_REVIEW', addDays('2024-03-01', FIRST_REVIEW_DAYS), null),
    owed(neverReviewed, 'ANNUAL_REVIEW', addMonths('2024-03-01', 12), null),
    owed(twoAgreements, 'DIRECT_PAYMENT_REVIEW', addMonths('2024-10-01', 6), null),
    owed(twoAgreements, 'DIRECT_PAYMENT_REVIEW', addMonths('2024-06-01', 12), '2024-06-01'),
    owed(annual, 'ANNUAL_REVIEW', addMonths('2024-06-15', 12), '2024-06-15'),
    owed(newPlan, 'FIRST_REVIEW', addDays('2025-05-01', FIRST_REVIEW_DAYS), null),
  );
  agreementIds.recent = recent;
  agreementIds.older = older;

  const other = await addOtherCouncil(t.db);
  otherCouncilId = other.councilId;
  const outsider = await addPerson(t.db, other.councilId, { birthDate: '1960-01-01' });
  await addPlan(
    t.db,
    { councilId: other.councilId, personId: outsider, preparedById: other.staffId },
    {
      startDate: '2024-01-01',
      lines: [{ serviceType: 'LT_COMMUNITY', deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT' }],
    },
  );
});

afterAll(async () => {
  await t?.close();
});

async function overdue(
  variables: Record<string, unknown>,
  options: { council?: string; roles?: Parameters<TestApi['tokenFor']>[0]['roles'] } = {},
) {
  const token = await t.tokenFor({
    councilId: options.council ?? councilId,
    roles: options.roles ?? ['TEAM_MANAGER'],
  });
  return t.graphql<OverduePage>(OVERDUE, { token, variables });
}

describe('Query.reviewsOverdue', () => {
  it('lists every overdue first, annual and direct payment review, most overdue first', async () => {
    const { body } = await overdue({ filter: { asOf: AS_OF } });
    expect(body.errors).toBeUndefined();
    const nodes = body.data?.reviewsOverdue.edges.map((edge) => edge.node) ?? [];
    expect(
      nodes.map(({ supportPlan: _plan, directPaymentAgreement: _agreement, ...row }) => row),
    ).toEqual(expected);
    expect(nodes.map((node) => node.directPaymentAgreement?.id ?? null)).toEqual([
      null,
      null,
      globalId('DirectPaymentAgreement', agreementIds.recent),
      globalId('DirectPaymentAgreement', agreementIds.older),
      null,
      null,
    ]);
    expect(nodes.map((node) => node.supportPlan !== null)).toEqual([
      true,
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('works the list out for today in England when no date is given', async () => {
    const { body } = await overdue({});
    expect(body.data?.reviewsOverdue.edges).toHaveLength(expected.length);
  });

  it('filters by kind', async () => {
    const { body } = await overdue({ filter: { asOf: AS_OF, kind: 'DIRECT_PAYMENT_REVIEW' } });
    expect(body.data?.reviewsOverdue.edges.map((edge) => edge.node.dueDate)).toEqual([
      '2025-04-01',
      '2025-06-01',
    ]);
  });

  it('pages forwards on its order without gaps or repeats', async () => {
    const first = await overdue({ first: 4, filter: { asOf: AS_OF } });
    const page1 = first.body.data?.reviewsOverdue;
    expect(page1?.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = await overdue({
      first: 4,
      after: page1?.pageInfo.endCursor,
      filter: { asOf: AS_OF },
    });
    const page2 = second.body.data?.reviewsOverdue;
    expect(page2?.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(
      [...(page1?.edges ?? []), ...(page2?.edges ?? [])].map((edge) => edge.node.dueDate),
    ).toEqual(expected.map((row) => row.dueDate));
  });

  it('refuses pages over 100 rows and cursors it did not give out', async () => {
    const large = await overdue({ first: 101 });
    expect(large.body.errors?.[0]?.message).toMatch(/between 0 and 100/);
    const forged = await overdue({ after: Buffer.from('["recoveries",{}]').toString('base64url') });
    expect(forged.body.errors?.[0]?.message).toBe('The cursor is not one this list gave out');
  });

  it('never shows another council’s people, and gives an empty list to a council with none due', async () => {
    const { body } = await overdue({ filter: { asOf: AS_OF } }, { council: otherCouncilId });
    const nodes = body.data?.reviewsOverdue.edges.map((edge) => edge.node) ?? [];
    expect(nodes.map((node) => node.kind)).toEqual(['FIRST_REVIEW', 'ANNUAL_REVIEW']);
    const ours = new Set(expected.map((row) => row.person.id));
    expect(nodes.some((node) => ours.has(node.person.id))).toBe(false);
    const empty = await t.graphql<OverduePage>(OVERDUE, {
      token: await t.tokenFor({ councilId: emptyCouncilId, roles: ['AUDITOR'] }),
      variables: {},
    });
    expect(empty.body.data?.reviewsOverdue.edges).toEqual([]);
  });

  it('works in a fixed number of statements, whatever the page holds', async () => {
    // the caller's identity is confirmed once per 30 s (docs/access.md): not the list's statements
    await overdue({ filter: { asOf: AS_OF } });
    t.resetStatements();
    await overdue({ filter: { asOf: AS_OF } });
    // the council's policy, the page, and one load each of people, plans and agreements
    expect(t.statements.filter((sql) => /^\s*(WITH|SELECT)/i.test(sql))).toHaveLength(5);
  });

  it('refuses staff without a reporting role', async () => {
    const { body } = await overdue({}, { roles: ['QUALIFIED_SOCIAL_WORKER', 'FINANCE_OFFICER'] });
    expect(body.data?.reviewsOverdue ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
