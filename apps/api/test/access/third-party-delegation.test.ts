import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http-server.ts';
import { createCouncilWithStaff, globalId, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';

const SECRET = 's3cret-for-tests-only-0123456789';
let t: TestApi;
let councilId: string;
let personId: string;
let otherPersonId: string;
let organisationId: string;
let staffToken: string;
let brokerToken: string;

const PERSON = `query Person($id: ID!) { node(id: $id) { ... on Person { familyName } } }`;
const BUDGETS = `query Budgets($id: ID!) { node(id: $id) { ... on Person { personalBudgets(first: 5) { edges { node { annualTotalPence } } } } } }`;
const PLANS = `query Plans($id: ID!) { node(id: $id) { ... on Person { supportPlans(first: 5) { edges { node { version } } } } } }`;
const DELEGATED = '{ delegatedPeople(first: 10) { edges { node { id familyName } } } }';

async function grant(scopes: string[], change: Record<string, unknown> = {}) {
  const { body } = await t.graphql<{
    grantDelegation: { __typename: string; code?: string; delegation?: { id: string } };
  }>(
    `mutation Grant($input: GrantDelegationInput!) { grantDelegation(input: $input) { __typename ... on Error { code } ... on MutationGrantDelegationSuccess { delegation { id } } } }`,
    {
      token: staffToken,
      variables: {
        input: {
          personId: globalId('Person', personId),
          organisationId: globalId('Organisation', organisationId),
          scopes,
          grantedBy: 'PERSON',
          validFrom: '2026-01-01',
          ...change,
        },
      },
    },
  );
  return body.data?.grantDelegation;
}

beforeAll(async () => {
  t = await startTestApi({ now: () => new Date('2026-11-23T10:00:00Z') });
  const setup = await createCouncilWithStaff(t.db);
  councilId = setup.councilId;
  personId = setup.personId;
  const other = await t.db.person.create({
    data: {
      councilId,
      laPersonId: 'EM-2',
      givenName: 'Olu',
      familyName: 'Other',
      birthDate: new Date('1960-01-01T00:00:00Z'),
      gender: 'MALE',
      ethnicity: 'BLACK_AFRICAN',
      postcode: 'EM2 2AB',
      clientType: 'SERVICE_USER',
      primarySupportReason: 'MENTAL_HEALTH',
      accommodationStatus: 'TENANT_SOCIAL_LANDLORD',
      mentalCapacityForDp: 'LACKS_CAPACITY',
    },
  });
  otherPersonId = other.id;
  await t.db.personalBudget.create({
    data: {
      councilId,
      personId,
      status: 'SIGNED_OFF',
      annualTotalPence: 1_040_000,
      annualLaContributionPence: 1_040_000,
      annualPersonContributionPence: 0,
      effectiveFrom: new Date('2026-04-01T00:00:00Z'),
    },
  });
  const app = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'northway-app',
    secret: SECRET,
    organisation: { type: 'BROKERAGE', name: 'Northway Brokerage' },
  });
  organisationId = app.organisationId;
  brokerToken = app.token;
  staffToken = await t.tokenFor({
    councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: STAFF.socialWorker.subject,
  });
});

beforeEach(async () => {
  await t.db.delegation.deleteMany();
});

afterAll(() => t.close());

describe('client-credentials sign-in', () => {
  it('issues a short-lived token for the right secret at POST /oauth/token, and refuses a wrong one', async () => {
    const server = createHttpServer({ api: t.api, corsOrigins: [], clientTokens: t.tokenExchange });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/token`;
    const form = (secret: string) =>
      new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'northway-app',
        client_secret: secret,
      });
    const good = await fetch(url, { method: 'POST', body: form(SECRET) });
    const bad = await fetch(url, { method: 'POST', body: form('guess') });
    server.close();
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(bad.status).toBe(401);
    expect(await t.db.apiClient.count({ where: { secretHash: { contains: SECRET } } })).toBe(0);
  });
});

describe('a third-party app', () => {
  it('sees nobody before a delegation, and only the delegating person after', async () => {
    expect((await t.graphql(DELEGATED, { token: brokerToken })).body).toEqual({
      data: { delegatedPeople: { edges: [] } },
    });
    expect(
      (
        await t.graphql(PERSON, {
          token: brokerToken,
          variables: { id: globalId('Person', personId) },
        })
      ).body,
    ).toEqual({
      data: { node: null },
    });
    await grant(['READ_BUDGET']);
    const { body } = await t.graphql<{
      delegatedPeople: { edges: { node: { familyName: string } }[] };
    }>(DELEGATED, { token: brokerToken });
    expect(body.data?.delegatedPeople.edges.map((edge) => edge.node.familyName)).toEqual([
      'Crawley',
    ]);
    // someone who did not delegate is exactly like someone who does not exist
    expect(
      (
        await t.graphql(PERSON, {
          token: brokerToken,
          variables: { id: globalId('Person', otherPersonId) },
        })
      ).body,
    ).toEqual({
      data: { node: null },
    });
  });

  it('reads only within its scopes', async () => {
    await grant(['READ_BUDGET']);
    const budgets = await t.graphql(BUDGETS, {
      token: brokerToken,
      variables: { id: globalId('Person', personId) },
    });
    expect(budgets.body).toEqual({
      data: { node: { personalBudgets: { edges: [{ node: { annualTotalPence: 1_040_000 } }] } } },
    });
    const plans = await t.graphql<{ node: unknown }>(PLANS, {
      token: brokerToken,
      variables: { id: globalId('Person', personId) },
    });
    // the list itself needs READ_PLAN, whether or not it has plans
    expect(plans.body.errors).toHaveLength(1);
    const preparedById = (await t.db.staffMember.findFirstOrThrow()).id;
    for (const version of [1, 2, 3, 4, 5]) {
      await t.db.supportPlan.create({
        data: {
          councilId,
          personId,
          version,
          status: version === 5 ? 'APPROVED' : 'SUPERSEDED',
          outcomes: [],
          preparedById,
          startDate: new Date(`2026-0${version}-01T00:00:00Z`),
          firstReviewDueDate: new Date('2026-09-27T00:00:00Z'),
        },
      });
    }
    const refused = await t.graphql<{ node: { familyName: string; supportPlans: null } }>(
      `query Plans($id: ID!) { node(id: $id) { ... on Person { familyName supportPlans(first: 5) { totalCount edges { node { version } } } } } }`,
      { token: brokerToken, variables: { id: globalId('Person', personId) } },
    );
    // ONE typed error on the list field, naming the scope the delegation lacks (issue 13 item 4,
    // D65) — not one per refused plan — and the rest of the person is still there
    expect(refused.body.errors).toHaveLength(1);
    expect(refused.body.errors?.[0]).toMatchObject({
      path: ['node', 'supportPlans'],
      extensions: { code: 'FORBIDDEN', missingScope: 'READ_PLAN' },
    });
    expect(refused.body.errors?.[0]?.message).toContain('READ_PLAN');
    expect(refused.body.data).toEqual({ node: { familyName: 'Crawley', supportPlans: null } });
    // and over a list of people: one error per person's refused list, each on its field
    const listed = await t.graphql(
      '{ delegatedPeople(first: 10) { totalCount edges { node { familyName supportPlans(first: 5) { edges { node { version } } } } } } }',
      { token: brokerToken },
    );
    expect(listed.body.errors).toHaveLength(1);
    expect(listed.body.errors?.[0]).toMatchObject({
      path: ['delegatedPeople', 'edges', 0, 'node', 'supportPlans'],
      extensions: { code: 'FORBIDDEN', missingScope: 'READ_PLAN' },
    });
    expect(listed.body.data).toEqual({
      delegatedPeople: {
        totalCount: 1,
        edges: [{ node: { familyName: 'Crawley', supportPlans: null } }],
      },
    });
    await t.db.supportPlan.deleteMany();
  });

  it('can use none of the council’s staff queries or mutations', async () => {
    const people = await t.graphql('{ people(first: 5) { edges { node { id } } } }', {
      token: brokerToken,
    });
    expect(JSON.stringify(people.body.errors)).toContain('FORBIDDEN');
    await grant(['READ_BUDGET']);
    const assessments = await t.graphql(
      `query A($id: ID!) { node(id: $id) { ... on Person { assessments(first: 5) { edges { node { id } } } } } }`,
      { token: brokerToken, variables: { id: globalId('Person', personId) } },
    );
    expect(JSON.stringify(assessments.body.errors)).toContain('FORBIDDEN');
  });

  it('loses access at once when the delegation is revoked or has ended', async () => {
    const granted = await grant(['READ_BUDGET']);
    await t.graphql(
      `mutation Revoke($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { __typename } }`,
      { token: staffToken, variables: { input: { delegationId: granted?.delegation?.id } } },
    );
    expect((await t.graphql(DELEGATED, { token: brokerToken })).body).toEqual({
      data: { delegatedPeople: { edges: [] } },
    });
    await grant(['READ_BUDGET'], { validFrom: '2025-01-01', validTo: '2026-10-31' });
    expect(
      (
        await t.graphql(PERSON, {
          token: brokerToken,
          variables: { id: globalId('Person', personId) },
        })
      ).body,
    ).toEqual({
      data: { node: null },
    });
  });

  it('has its reads audited under its own identity', async () => {
    await grant(['READ_BUDGET']);
    await t.graphql(
      'query BrokerRead { delegatedPeople(first: 10) { edges { node { familyName } } } }',
      { token: brokerToken },
    );
    const entry = await t.db.auditLogEntry.findFirst({
      where: { operation: 'BrokerRead' },
      orderBy: { id: 'desc' },
    });
    expect(entry).toMatchObject({
      actorSubject: 'client:northway-app',
      kind: 'READ',
      entityIds: [personId],
    });
  });
});

describe('grantDelegation', () => {
  it('refuses a grant by a person who lacks capacity (I-17) and writes nothing', async () => {
    const { body } = await t.graphql<{ grantDelegation: { __typename: string; code: string } }>(
      `mutation Grant($input: GrantDelegationInput!) { grantDelegation(input: $input) { __typename ... on Error { code } } }`,
      {
        token: staffToken,
        variables: {
          input: {
            personId: globalId('Person', otherPersonId),
            organisationId: globalId('Organisation', organisationId),
            scopes: ['READ_PLAN'],
            grantedBy: 'PERSON',
            validFrom: '2026-11-01',
          },
        },
      },
    );
    expect(body.data?.grantDelegation).toEqual({
      __typename: 'RuleViolationError',
      code: 'DELEGATION_GRANTOR_INVALID',
    });
    expect(await t.db.delegation.count()).toBe(0);
  });

  it('cannot be used by a third-party app to widen its own access', async () => {
    const { body } = await t.graphql<{ grantDelegation: { __typename: string } }>(
      `mutation Grant($input: GrantDelegationInput!) { grantDelegation(input: $input) { __typename } }`,
      {
        token: brokerToken,
        variables: {
          input: {
            personId: globalId('Person', personId),
            organisationId: globalId('Organisation', organisationId),
            scopes: ['MANAGE_DP_ACCOUNT'],
            grantedBy: 'PERSON',
            validFrom: '2026-11-01',
          },
        },
      },
    );
    expect(body.data?.grantDelegation.__typename).toBe('ForbiddenError');
    expect(await t.db.delegation.count()).toBe(0);
  });
});
