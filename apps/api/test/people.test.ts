import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import { seedSyntheticData } from '@openpb/db/synthetic/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './support/test-api.ts';

const PEOPLE_PAGE = /* GraphQL */ `
  query PeoplePage($first: Int, $after: String, $filter: PeopleFilter) {
    people(first: $first, after: $after, filter: $filter) {
      pageInfo { hasNextPage endCursor }
      edges {
        node {
          id familyName givenName laPersonId primarySupportReason
          personalBudgets(first: 5) { edges { node { status annualTotalPence weeklyTotalPence deployments { mode annualAmountPence } } } }
        }
      }
    }
  }
`;

type PeoplePage = {
  people: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      node: {
        id: string;
        familyName: string;
        givenName: string;
        laPersonId: string;
        primarySupportReason: string;
      };
    }[];
  };
};

let t: TestApi;
let token: string;
let otherCouncilPersonId: string;

beforeAll(async () => {
  t = await startTestApi();
  await seedSyntheticData(t.db, { scale: 'small', seed: 7 });
  const other = await t.db.council.create({
    data: { laCode: '998', name: 'Other Council', region: 'London' },
  });
  const outsider = await t.db.person.create({
    data: {
      councilId: other.id,
      laPersonId: 'X-1',
      givenName: 'Olive',
      familyName: 'Outsider',
      birthDate: new Date('1950-01-01T00:00:00Z'),
      gender: 'FEMALE',
      ethnicity: 'WHITE_BRITISH',
      postcode: 'SW1A 1AA',
      clientType: 'SERVICE_USER',
      primarySupportReason: 'MENTAL_HEALTH',
      accommodationStatus: 'OWNER_OCCUPIER',
      mentalCapacityForDp: 'CAPACITY_PRESENT',
    },
  });
  otherCouncilPersonId = Buffer.from(`Person:${outsider.id}`).toString('base64');
  token = await t.tokenFor({ councilId: DEMO_COUNCIL.id });
});

afterAll(() => t.close());

describe('authentication', () => {
  it('refuses a request without a token with 401', async () => {
    const { status, body } = await t.graphql('{ viewer { subject } }', { token: null });
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a tampered token', async () => {
    const [header, payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const forged = Buffer.from(
      JSON.stringify({ ...claims, openpb_roles: ['COUNCIL_ADMIN'] }),
    ).toString('base64url');
    const { status } = await t.graphql('{ viewer { subject } }', {
      token: `${header}.${forged}.${signature}`,
    });
    expect(status).toBe(401);
  });

  it('refuses an expired token', async () => {
    const expired = await t.tokenFor({ councilId: DEMO_COUNCIL.id, expiresIn: '-1m' });
    const { status } = await t.graphql('{ viewer { subject } }', { token: expired });
    expect(status).toBe(401);
  });

  it('tells the caller who they are', async () => {
    const { body } = await t.graphql('{ viewer { subject roles council { name laCode } } }', {
      token,
    });
    expect(body.data).toEqual({
      viewer: {
        subject: 'staff:test',
        roles: ['QUALIFIED_SOCIAL_WORKER'],
        council: { name: DEMO_COUNCIL.name, laCode: '990' },
      },
    });
  });
});

describe('people', () => {
  it('pages through the council in name order without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { body: { data?: PeoplePage } } = await t.graphql<PeoplePage>(PEOPLE_PAGE, {
        token,
        variables: { first: 60, after },
      });
      const page = response.body.data?.people;
      expect(page).toBeDefined();
      seen.push(...(page?.edges.map((edge) => edge.node.id) ?? []));
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(200);
    expect(await t.db.person.count({ where: { councilId: DEMO_COUNCIL.id } })).toBe(200);
  });

  it('orders by family name, given name and id', async () => {
    const { body } = await t.graphql<PeoplePage>(PEOPLE_PAGE, { token, variables: { first: 100 } });
    const expected = await t.db.person.findMany({
      where: { councilId: DEMO_COUNCIL.id },
      orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      take: 100,
      select: { laPersonId: true },
    });
    expect(body.data?.people.edges.map((edge) => edge.node.laPersonId)).toEqual(
      expected.map((p) => p.laPersonId),
    );
  });

  it('never shows another council’s people', async () => {
    const { body } = await t.graphql<PeoplePage>(PEOPLE_PAGE, {
      token,
      variables: { first: 100, filter: { search: 'Outsider' } },
    });
    expect(body.data?.people.edges).toEqual([]);
  });

  it('filters by search and support reason', async () => {
    const { body } = await t.graphql<PeoplePage>(PEOPLE_PAGE, {
      token,
      variables: { first: 100, filter: { primarySupportReason: 'LEARNING_DISABILITY' } },
    });
    const reasons = new Set(body.data?.people.edges.map((edge) => edge.node.primarySupportReason));
    expect([...reasons]).toEqual(['LEARNING_DISABILITY']);
    const someone = body.data?.people.edges[0]?.node;
    const byId = await t.graphql<PeoplePage>(PEOPLE_PAGE, {
      token,
      variables: { first: 5, filter: { search: someone?.laPersonId } },
    });
    expect(byId.body.data?.people.edges.map((edge) => edge.node.id)).toEqual([someone?.id]);
  });

  it('refuses a page larger than 100', async () => {
    const { body } = await t.graphql<PeoplePage>(PEOPLE_PAGE, { token, variables: { first: 101 } });
    expect(body.data?.people ?? null).toBeNull();
    expect(body.errors?.[0]?.message).toMatch(/100/);
  });

  it('reads people with their budgets in the same number of statements for 10 and 100 people', async () => {
    t.resetStatements();
    const ten = await t.graphql(PEOPLE_PAGE, { token, variables: { first: 10 } });
    const forTen = t.statements.length;
    t.resetStatements();
    const hundred = await t.graphql(PEOPLE_PAGE, { token, variables: { first: 100 } });
    const forHundred = t.statements.length;
    expect(ten.body.errors).toBeUndefined();
    expect(hundred.body.errors).toBeUndefined();
    // people, their budgets, the budgets' deployments, and the audit log entry
    expect(forTen).toBeLessThanOrEqual(5);
    expect(forHundred).toBe(forTen);
  });
});

describe('node', () => {
  const NODE = 'query Node($id: ID!) { node(id: $id) { id ... on Person { familyName } } }';

  it('loads one of your people by global id', async () => {
    const { body } = await t.graphql<PeoplePage>(PEOPLE_PAGE, { token, variables: { first: 1 } });
    const first = body.data?.people.edges[0]?.node;
    const node = await t.graphql(NODE, { token, variables: { id: first?.id } });
    expect(node.body.data).toEqual({ node: { id: first?.id, familyName: first?.familyName } });
  });

  it('answers for another council’s person exactly as for an id that does not exist', async () => {
    const foreign = await t.graphql(NODE, { token, variables: { id: otherCouncilPersonId } });
    const missing = await t.graphql(NODE, {
      token,
      variables: {
        id: Buffer.from('Person:0190a7c0-0000-7000-8000-00000000abcd').toString('base64'),
      },
    });
    const garbage = await t.graphql(NODE, {
      token,
      variables: { id: Buffer.from('Person:nope').toString('base64') },
    });
    expect(foreign.body).toEqual({ data: { node: null } });
    expect(missing.body).toEqual(foreign.body);
    expect(garbage.body).toEqual(foreign.body);
  });
});
