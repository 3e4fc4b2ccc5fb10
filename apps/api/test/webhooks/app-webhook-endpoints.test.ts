import { domainEventInsert, EventCollector } from '@openpb/graphql/events/event-collector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp } from '../support/third-party-app.ts';

// Issue 14 item 2 (D70): an app's administrator — the holder of its client credentials —
// manages the webhook endpoints of its own organisation, and no other.

const NOW = new Date('2026-12-02T10:00:00Z');
let t: TestApi;
let councilId: string;
let personId: string;
let otherPersonId: string;
let admin: string;
let worker: string;
let app: { organisationId: string; token: string };
let otherApp: { organisationId: string; token: string };
/** The other app's endpoint, registered by the council, and one of the council's own systems. */
let otherEndpoint: string;
let councilEndpoint: string;

const ERROR = '... on Error { code message path }';

async function call<T>(token: string, query: string, input: Record<string, unknown>) {
  const { body } = await t.graphql<Record<string, T>>(query, { token, variables: { input } });
  const [value] = Object.values(body.data ?? {});
  return value as T & { __typename: string; code?: string; message?: string };
}

const REGISTER = `mutation ($input: RegisterWebhookEndpointInput!) {
  registerWebhookEndpoint(input: $input) {
    __typename
    ... on MutationRegisterWebhookEndpointSuccess { registration { secret endpoint { id organisation eventTypes } } }
    ${ERROR}
  }
}`;
type Registration = {
  registration?: { secret: string; endpoint: { id: string; organisation: string } };
};

const ROTATE = `mutation ($input: RotateWebhookEndpointSecretInput!) {
  rotateWebhookEndpointSecret(input: $input) { __typename ${ERROR} }
}`;
const DISABLE = `mutation ($input: DisableWebhookEndpointInput!) {
  disableWebhookEndpoint(input: $input) { __typename ${ERROR} }
}`;
const REDELIVER = `mutation ($input: RedeliverWebhookEventInput!) {
  redeliverWebhookEvent(input: $input) {
    __typename ... on MutationRedeliverWebhookEventSuccess { delivery { status } } ${ERROR}
  }
}`;

const databaseIdOf = (global: string) =>
  Buffer.from(global, 'base64').toString().split(':')[1] ?? '';

/** The event types delivered to an endpoint, oldest first. */
async function deliveredTypes(endpointId: string): Promise<string[]> {
  const rows = await t.db.$queryRawUnsafe<{ type: string }[]>(
    `SELECT e.type FROM webhook_delivery d JOIN domain_event e ON e.id = d.event_id
     WHERE d.endpoint_id = $1::uuid ORDER BY d.event_position`,
    endpointId,
  );
  return rows.map((row) => row.type);
}

beforeAll(async () => {
  t = await startTestApi({ now: () => NOW });
  ({ councilId, personId } = await createCouncilWithStaff(t.db));
  const template = await t.db.person.findFirstOrThrow({ where: { id: personId } });
  otherPersonId = (
    await t.db.person.create({
      data: { ...template, id: undefined, laPersonId: 'EM-100003', nhsNumber: null },
    })
  ).id;
  admin = await t.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'], subject: 'staff:admin' });
  worker = await t.tokenFor({
    councilId,
    roles: [STAFF.socialWorker.role],
    subject: STAFF.socialWorker.subject,
  });
  app = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'hook-app',
    secret: 'hook-app-secret-0123456789abcdef',
    organisation: { type: 'BROKERAGE', name: 'Hook Brokerage' },
  });
  otherApp = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'other-hook-app',
    secret: 'other-app-secret-0123456789abcdef',
    organisation: { type: 'SUPPORT_PLANNER', name: 'Other Planner' },
  });
  const other = await call<Registration>(admin, REGISTER, {
    url: 'https://other.example/hooks',
    organisationId: globalId('Organisation', otherApp.organisationId),
  });
  otherEndpoint = other.registration?.endpoint.id ?? '';
  const council = await call<Registration>(admin, REGISTER, { url: 'https://council.example/h' });
  councilEndpoint = council.registration?.endpoint.id ?? '';
});

afterAll(() => t.close());

describe('an app manages its own webhook endpoints (issue 14 item 2, D70)', () => {
  let ownEndpoint: string;

  it('registers an endpoint for its own organisation, audited as the app', async () => {
    const result = await call<Registration>(app.token, REGISTER, {
      url: 'https://hook.example/events',
      eventTypes: ['support_plan.approved', 'delegation.revoked'],
    });
    expect(result.__typename).toBe('MutationRegisterWebhookEndpointSuccess');
    expect(result.registration?.secret).toMatch(/^whsec_/);
    expect(result.registration?.endpoint.organisation).toBe(
      globalId('Organisation', app.organisationId),
    );
    ownEndpoint = result.registration?.endpoint.id ?? '';
    const row = await t.db.webhookEndpoint.findUniqueOrThrow({
      where: { id: databaseIdOf(ownEndpoint) },
    });
    expect(row.organisationId).toBe(app.organisationId);
    expect(row.createdBySubject).toBe('client:hook-app');
    expect(
      await t.db.auditLogEntry.findFirst({
        where: {
          actorSubject: 'client:hook-app',
          kind: 'WRITE',
          operation: { endsWith: 'registerWebhookEndpoint' },
          outcome: 'OK',
        },
      }),
    ).not.toBeNull();
  });

  it('refuses an endpoint for another organisation, and event types only council systems hear, writing nothing', async () => {
    const before = await t.db.webhookEndpoint.count();
    const foreign = await call<Registration>(app.token, REGISTER, {
      url: 'https://hook.example/theirs',
      organisationId: globalId('Organisation', otherApp.organisationId),
    });
    expect(foreign).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const councilOnly = await call<Registration>(app.token, REGISTER, {
      url: 'https://hook.example/deaths',
      eventTypes: ['support_plan.approved', 'person.died'],
    });
    expect(councilOnly.__typename).toBe('ValidationError');
    expect(councilOnly.message).toMatch(/person\.died/);
    expect(await t.db.webhookEndpoint.count()).toBe(before);
    // the refusals are in the audit log too
    const refused = await t.db.auditLogEntry.findMany({
      where: { actorSubject: 'client:hook-app', outcome: { not: 'OK' } },
      select: { outcome: true },
    });
    expect(refused.map((r) => r.outcome)).toEqual(
      expect.arrayContaining(['FORBIDDEN', 'VALIDATION_FAILED']),
    );
  });

  it('lists and reads only its own organisation’s endpoints', async () => {
    const { body } = await t.graphql<{
      webhookEndpoints: { edges: { node: { id: string } }[] };
    }>('{ webhookEndpoints(first: 50) { edges { node { id } } } }', { token: app.token });
    expect(body.data?.webhookEndpoints.edges.map((e) => e.node.id)).toEqual([ownEndpoint]);
    const read = (id: string) =>
      t.graphql<{ node: { id: string } | null }>(
        'query ($id: ID!) { node(id: $id) { id ... on WebhookEndpoint { url } } }',
        { token: app.token, variables: { id } },
      );
    expect((await read(ownEndpoint)).body.data?.node?.id).toBe(ownEndpoint);
    for (const id of [otherEndpoint, councilEndpoint]) {
      const { body: refused } = await read(id);
      expect(refused.data?.node ?? null).toBeNull();
    }
    // a council administrator still sees every endpoint
    const { body: all } = await t.graphql<{
      webhookEndpoints: { edges: { node: { id: string } }[] };
    }>('{ webhookEndpoints(first: 50) { edges { node { id } } } }', { token: admin });
    expect(all.data?.webhookEndpoints.edges).toHaveLength(3);
  });

  it('rotates and disables its own endpoints only; another’s is not found', async () => {
    for (const mutation of [ROTATE, DISABLE]) {
      for (const id of [otherEndpoint, councilEndpoint]) {
        expect(await call(app.token, mutation, { endpointId: id })).toMatchObject({
          __typename: 'NotFoundError',
        });
      }
    }
    const untouched = await t.db.webhookEndpoint.findMany({
      where: { id: { in: [otherEndpoint, councilEndpoint].map(databaseIdOf) } },
    });
    expect(untouched.every((e) => e.disabledAt === null && e.previousSecret === null)).toBe(true);
    expect((await call(app.token, ROTATE, { endpointId: ownEndpoint })).__typename).toBe(
      'MutationRotateWebhookEndpointSecretSuccess',
    );
  });

  it('is sent only events of people who delegated to it, within the scopes, and nothing after revocation', async () => {
    const grant = await t.graphql<{
      grantDelegation: { __typename: string; delegation?: { id: string } };
    }>(
      `mutation ($input: GrantDelegationInput!) {
        grantDelegation(input: $input) { __typename ... on MutationGrantDelegationSuccess { delegation { id } } }
      }`,
      {
        token: worker,
        variables: {
          input: {
            personId: globalId('Person', personId),
            organisationId: globalId('Organisation', app.organisationId),
            scopes: ['READ_BUDGET'], // not READ_PLAN: its endpoint asked for plans
            grantedBy: 'PERSON',
            validFrom: '2026-12-01',
          },
        },
      },
    );
    expect(grant.body.data?.grantDelegation.__typename).toBe('MutationGrantDelegationSuccess');
    const planScope = await t.graphql<{ grantDelegation: { __typename: string } }>(
      `mutation ($input: GrantDelegationInput!) { grantDelegation(input: $input) { __typename } }`,
      {
        token: worker,
        variables: {
          input: {
            personId: globalId('Person', otherPersonId),
            organisationId: globalId('Organisation', app.organisationId),
            scopes: ['READ_PLAN'],
            grantedBy: 'PERSON',
            validFrom: '2026-12-01',
          },
        },
      },
    );
    expect(planScope.body.data?.grantDelegation.__typename).toBe('MutationGrantDelegationSuccess');
    const own = databaseIdOf(ownEndpoint);
    const record = async (emit: (c: EventCollector) => void) => {
      const collector = new EventCollector();
      emit(collector);
      const insert = domainEventInsert(collector.collect(null), councilId, NOW, 'test');
      await t.databases.forCouncil(councilId).db.$executeRawUnsafe(insert.text, ...insert.values);
    };
    await record((events) => {
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId }); // READ_PLAN not held
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId: otherPersonId }); // held
    });
    const revoke = await t.graphql<{ revokeDelegation: { __typename: string } }>(
      `mutation ($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { __typename } }`,
      {
        token: worker,
        variables: { input: { delegationId: grant.body.data?.grantDelegation.delegation?.id } },
      },
    );
    expect(revoke.body.data?.revokeDelegation.__typename).toBe('MutationRevokeDelegationSuccess');
    await record((events) =>
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId }),
    );
    // its filter: support_plan.approved and delegation.revoked; delegation.granted is filtered out
    expect(await deliveredTypes(own)).toEqual(['support_plan.approved', 'delegation.revoked']);
    const [first] = await t.db.webhookDelivery.findMany({
      where: { endpointId: own },
      orderBy: { eventPosition: 'asc' },
    });
    expect(first?.personId).toBe(otherPersonId);
    expect(await deliveredTypes(databaseIdOf(otherEndpoint))).not.toContain(
      'support_plan.approved',
    );
  });

  it('reads its own delivery log and redelivers its own deliveries only', async () => {
    const { body } = await t.graphql<{
      node: { deliveries: { edges: { node: { id: string; status: string } }[] } };
    }>(
      `query ($id: ID!) { node(id: $id) { ... on WebhookEndpoint {
        deliveries(first: 10) { edges { node { id status } } } } } }`,
      { token: app.token, variables: { id: ownEndpoint } },
    );
    const edges = body.data?.node.deliveries.edges ?? [];
    expect(edges).toHaveLength(2);
    const own = edges[0]?.node.id as string;
    expect(await call(app.token, REDELIVER, { deliveryId: own })).toMatchObject({
      __typename: 'MutationRedeliverWebhookEventSuccess',
      delivery: { status: 'PENDING' },
    });
    const theirs = await t.db.webhookDelivery.findFirstOrThrow({
      where: { endpointId: databaseIdOf(otherEndpoint) },
    });
    expect(
      await call(app.token, REDELIVER, { deliveryId: globalId('WebhookDelivery', theirs.id) }),
    ).toMatchObject({ __typename: 'NotFoundError' });
    const { body: read } = await t.graphql<{ node: { id: string } | null }>(
      'query ($id: ID!) { node(id: $id) { id ... on WebhookDelivery { status } } }',
      { token: app.token, variables: { id: globalId('WebhookDelivery', theirs.id) } },
    );
    expect(read.data?.node ?? null).toBeNull();
    // and disables its own endpoint
    expect((await call(app.token, DISABLE, { endpointId: ownEndpoint })).__typename).toBe(
      'MutationDisableWebhookEndpointSuccess',
    );
  });

  it('staff who are not administrators still may not manage endpoints', async () => {
    expect((await call(worker, REGISTER, { url: 'https://x.example/hooks' })).__typename).toBe(
      'ForbiddenError',
    );
  });
});
