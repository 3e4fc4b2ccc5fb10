import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

let t: TestApi;
let councilId: string;
let adminToken: string;
let socialWorkerToken: string;

const ERROR = '... on Error { __typename code message path }';
const REGISTER_ORGANISATION = `mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { __typename ${ERROR} ... on MutationRegisterOrganisationSuccess { organisation { id name type } } } }`;
const REGISTER_CLIENT = `mutation ($input: RegisterApiClientInput!) { registerApiClient(input: $input) { __typename ${ERROR} ... on MutationRegisterApiClientSuccess { registration { clientSecret apiClient { id clientId name active auditSubject organisation { name } } } } } }`;
const ROTATE = `mutation ($input: RotateApiClientSecretInput!) { rotateApiClientSecret(input: $input) { __typename ${ERROR} ... on MutationRotateApiClientSecretSuccess { rotation { clientSecret previousSecretValidUntil } } } }`;
const REVOKE = `mutation ($input: RevokeApiClientInput!) { revokeApiClient(input: $input) { __typename ${ERROR} ... on MutationRevokeApiClientSuccess { apiClient { active revokedAt } } } }`;
const APPS = '{ apiClients(first: 10) { edges { node { clientId active } } } }';

// biome-ignore lint/suspicious/noExplicitAny: the test reads each mutation's own success shape
type Outcome = { __typename: string; code?: string; path?: string[] } & Record<string, any>;

async function mutate(document: string, input: Record<string, unknown>, token = adminToken) {
  const { body } = await t.graphql<Record<string, Outcome>>(document, {
    token,
    variables: { input },
  });
  const [outcome] = Object.values(body.data ?? {});
  return { outcome, errors: body.errors };
}

async function registerApp(name: string) {
  const { outcome: org } = await mutate(REGISTER_ORGANISATION, {
    type: 'BROKERAGE',
    name: `${name} Brokerage`,
  });
  const { outcome } = await mutate(REGISTER_CLIENT, { organisationId: org?.organisation.id, name });
  return outcome?.registration as {
    clientSecret: string;
    apiClient: { id: string; clientId: string; auditSubject: string };
  };
}

const signsIn = async (clientId: string, secret: string) =>
  (await t.clientTokens.exchange(clientId, secret)).ok;

beforeAll(async () => {
  t = await startTestApi();
  councilId = (await createCouncilWithStaff(t.db)).councilId;
  adminToken = await t.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'], subject: 'staff:admin-1' });
  socialWorkerToken = await t.tokenFor({
    councilId,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
    subject: STAFF.socialWorker.subject,
  });
});

afterAll(() => t.close());

describe('onboarding a third-party app without SQL', () => {
  it('registers an organisation and an app, whose secret is shown once and works at once', async () => {
    const { outcome } = await mutate(REGISTER_ORGANISATION, {
      type: 'SUPPORT_PLANNING',
      name: 'Plan Together',
    });
    expect(outcome).toMatchObject({
      __typename: 'MutationRegisterOrganisationSuccess',
      organisation: { name: 'Plan Together', type: 'SUPPORT_PLANNING' },
    });
    // a global id, like every other id of the API
    expect(Buffer.from(outcome?.organisation.id, 'base64').toString()).toMatch(/^Organisation:/);

    const registration = await registerApp('Northway');
    expect(registration.apiClient.clientId).toMatch(/^app_/);
    expect(registration.clientSecret.length).toBeGreaterThanOrEqual(40);
    expect(registration.apiClient.auditSubject).toBe(`client:${registration.apiClient.clientId}`);
    const stored = await t.db.apiClient.findUniqueOrThrow({
      where: { clientId: registration.apiClient.clientId },
    });
    expect(stored.secretHash).toMatch(/^scrypt\$/);
    expect(stored.secretHash).not.toContain(registration.clientSecret);
    expect(stored.councilId).toBe(councilId);
    expect(await signsIn(registration.apiClient.clientId, registration.clientSecret)).toBe(true);

    const { body } = await t.graphql<{ apiClients: { edges: { node: { clientId: string } }[] } }>(
      APPS,
      { token: adminToken },
    );
    expect(body.data?.apiClients.edges.map((edge) => edge.node.clientId)).toContain(
      registration.apiClient.clientId,
    );
    const activity = await t.db.auditLogEntry.findMany({
      where: { operation: { contains: 'registerApiClient' }, kind: 'WRITE' },
    });
    expect(activity.length).toBeGreaterThanOrEqual(1);
    expect(
      JSON.stringify(activity, (_key, value) =>
        typeof value === 'bigint' ? String(value) : value,
      ),
    ).not.toContain(registration.clientSecret);
  });

  it('rotates a secret with a grace period in which both work, or none', async () => {
    const { apiClient, clientSecret: first } = await registerApp('Rotating');
    const { outcome } = await mutate(ROTATE, { apiClientId: apiClient.id, graceSeconds: 3600 });
    expect(outcome?.__typename).toBe('MutationRotateApiClientSecretSuccess');
    const second = outcome?.rotation.clientSecret as string;
    expect(second).not.toBe(first);
    expect(await signsIn(apiClient.clientId, first)).toBe(true);
    expect(await signsIn(apiClient.clientId, second)).toBe(true);

    const { outcome: again } = await mutate(ROTATE, { apiClientId: apiClient.id, graceSeconds: 0 });
    const third = again?.rotation.clientSecret as string;
    expect(await signsIn(apiClient.clientId, second)).toBe(false);
    expect(await signsIn(apiClient.clientId, third)).toBe(true);
  });

  it('revokes an app: it can no longer sign in, and the list shows it inactive', async () => {
    const { apiClient, clientSecret } = await registerApp('Revoked');
    const { outcome } = await mutate(REVOKE, { apiClientId: apiClient.id });
    expect(outcome).toMatchObject({
      __typename: 'MutationRevokeApiClientSuccess',
      apiClient: { active: false, revokedAt: expect.any(String) },
    });
    expect(await signsIn(apiClient.clientId, clientSecret)).toBe(false);
    const { outcome: rotation } = await mutate(ROTATE, { apiClientId: apiClient.id });
    expect(rotation).toMatchObject({ __typename: 'NotFoundError', path: ['input', 'apiClientId'] });
  });

  it('refuses bad input with typed errors, writing nothing', async () => {
    const before = await t.db.organisation.count();
    const { outcome: provider } = await mutate(REGISTER_ORGANISATION, {
      type: 'PROVIDER',
      name: 'Care Co',
    });
    expect(provider).toMatchObject({ __typename: 'ValidationError', path: ['input', 'type'] });
    const { outcome: blank } = await mutate(REGISTER_ORGANISATION, { type: 'DPSS', name: ' ' });
    expect(blank).toMatchObject({ __typename: 'ValidationError', path: ['input', 'name'] });
    const { outcome: unknown } = await mutate(REGISTER_CLIENT, {
      organisationId: Buffer.from('Organisation:00000000-0000-7000-8000-000000000000').toString(
        'base64',
      ),
      name: 'Ghost',
    });
    expect(unknown).toMatchObject({ __typename: 'NotFoundError' });
    const { outcome: longGrace } = await mutate(ROTATE, {
      apiClientId: Buffer.from('ApiClient:00000000-0000-7000-8000-000000000000').toString('base64'),
      graceSeconds: 8 * 24 * 3600,
    });
    expect(longGrace).toMatchObject({ __typename: 'ValidationError' });
    expect(await t.db.organisation.count()).toBe(before);
  });

  it('is for council administrators only', async () => {
    const before = await t.db.organisation.count();
    const { outcome } = await mutate(
      REGISTER_ORGANISATION,
      { type: 'BROKERAGE', name: 'Sneaky' },
      socialWorkerToken,
    );
    expect(outcome).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await t.db.organisation.count()).toBe(before);
    const { body } = await t.graphql(APPS, { token: socialWorkerToken });
    expect(body.data ?? null).toBeNull();
  });
});
