import { domainEventInsert, EventCollector } from '@openpb/graphql/events/event-collector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff, globalId, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

const NOW = new Date('2026-12-02T10:00:00Z');
let t: TestApi;
let councilId: string;
let personId: string;
let otherPersonId: string;
let admin: string;
let worker: string;
let orgA: string;
let orgB: string;
const endpoints: Record<'council' | 'appA' | 'appB', string> = { council: '', appA: '', appB: '' };

const REGISTER = /* GraphQL */ `
  mutation ($input: RegisterWebhookEndpointInput!) {
    registerWebhookEndpoint(input: $input) {
      __typename
      ... on MutationRegisterWebhookEndpointSuccess {
        registration { secret endpoint { id url eventTypes organisation active } }
      }
      ... on Error { code path }
    }
  }
`;

type Registered = {
  registerWebhookEndpoint: {
    __typename: string;
    registration?: { secret: string; endpoint: { id: string; organisation: string | null } };
    code?: string;
  };
};

async function register(input: Record<string, unknown>) {
  const { body } = await t.graphql<Registered>(REGISTER, { token: admin, variables: { input } });
  return body.data?.registerWebhookEndpoint;
}

/** The event types delivered to an endpoint so far, oldest first. */
async function deliveredTypes(endpointId: string): Promise<string[]> {
  const rows = await t.db.$queryRawUnsafe<{ type: string }[]>(
    `SELECT e.type FROM webhook_delivery d JOIN domain_event e ON e.id = d.event_id
     WHERE d.endpoint_id = $1::uuid ORDER BY d.event_position`,
    endpointId,
  );
  return rows.map((row) => row.type);
}

/** Events as a mutation would record them, through the outbox's own statement on the council's connections. */
async function recordEvents(events: (collector: EventCollector) => void): Promise<void> {
  const collector = new EventCollector();
  events(collector);
  const insert = domainEventInsert(collector.collect(null), councilId, NOW, 'test');
  await t.databases.forCouncil(councilId).db.$executeRawUnsafe(insert.text, ...insert.values);
}

beforeAll(async () => {
  t = await startTestApi({ now: () => NOW });
  ({ councilId, personId } = await createCouncilWithStaff(t.db));
  const other = await t.db.person.findFirstOrThrow({ where: { id: personId } });
  otherPersonId = (
    await t.db.person.create({
      data: { ...other, id: undefined, laPersonId: 'EM-100002', nhsNumber: null },
    })
  ).id;
  admin = await t.tokenFor({ councilId, roles: ['COUNCIL_ADMIN'], subject: 'staff:admin' });
  worker = await t.tokenFor({
    councilId,
    roles: [STAFF.socialWorker.role],
    subject: STAFF.socialWorker.subject,
  });
  orgA = (await t.db.organisation.create({ data: { type: 'BROKERAGE', name: 'Broker A' } })).id;
  orgB = (await t.db.organisation.create({ data: { type: 'BROKERAGE', name: 'Broker B' } })).id;
});

afterAll(() => t.close());

describe('webhook endpoints (issue 14 item 2)', () => {
  it('registers endpoints for the council and for apps, each with a secret of its own', async () => {
    const council = await register({ url: 'https://council.example/hooks' });
    const appA = await register({
      url: 'https://a.example/hooks',
      organisationId: globalId('Organisation', orgA),
    });
    const appB = await register({
      url: 'https://b.example/hooks',
      organisationId: globalId('Organisation', orgB),
    });
    for (const result of [council, appA, appB]) {
      expect(result?.__typename).toBe('MutationRegisterWebhookEndpointSuccess');
      expect(result?.registration?.secret).toMatch(/^whsec_/);
    }
    expect(new Set([council, appA, appB].map((r) => r?.registration?.secret)).size).toBe(3);
    const id = (r: typeof council) =>
      Buffer.from(r?.registration?.endpoint.id ?? '', 'base64')
        .toString()
        .split(':')[1] ?? '';
    endpoints.council = id(council);
    endpoints.appA = id(appA);
    endpoints.appB = id(appB);
    // its registration is an event too
    expect(await t.db.domainEvent.count({ where: { type: 'webhook_endpoint.registered' } })).toBe(
      3,
    );
  });

  it('refuses an unknown event type and a URL that is not http(s), and staff who are not administrators', async () => {
    expect(
      (await register({ url: 'https://x.example', eventTypes: ['no.such'] }))?.__typename,
    ).toBe('ValidationError');
    expect((await register({ url: 'ftp://x.example' }))?.__typename).toBe('ValidationError');
    const { body } = await t.graphql<Registered>(REGISTER, {
      token: worker,
      variables: { input: { url: 'https://x.example' } },
    });
    expect(body.data?.registerWebhookEndpoint?.__typename).toBe('ForbiddenError');
  });

  it('delivers an app only the events of people who delegated to it, within the scopes, until revoked', async () => {
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
            organisationId: globalId('Organisation', orgA),
            scopes: ['READ_PLAN'],
            grantedBy: 'PERSON',
            validFrom: '2026-12-01',
          },
        },
      },
    );
    expect(grant.body.data?.grantDelegation.__typename).toBe('MutationGrantDelegationSuccess');
    const delegationId = grant.body.data?.grantDelegation.delegation?.id as string;

    await recordEvents((events) => {
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId }); // scope held
      events.emit('personal_budget.agreed', { id: crypto.randomUUID(), personId }); // scope not held
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId: otherPersonId }); // no delegation
      events.emit('person.died', { id: personId }); // council systems only
    });

    const revoke = await t.graphql<{ revokeDelegation: { __typename: string } }>(
      `mutation ($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { __typename } }`,
      { token: worker, variables: { input: { delegationId } } },
    );
    expect(revoke.body.data?.revokeDelegation.__typename).toBe('MutationRevokeDelegationSuccess');
    await recordEvents((events) => {
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId }); // after revocation
    });

    // (an app's endpoint also hears of itself: its registration concerns its organisation)
    expect(await deliveredTypes(endpoints.appA)).toEqual([
      'webhook_endpoint.registered',
      'delegation.granted',
      'support_plan.approved',
      'delegation.revoked',
    ]);
    expect(await deliveredTypes(endpoints.appB)).toEqual(['webhook_endpoint.registered']);
    expect(await deliveredTypes(endpoints.council)).toEqual([
      'webhook_endpoint.registered',
      'webhook_endpoint.registered',
      'webhook_endpoint.registered',
      'delegation.granted',
      'support_plan.approved',
      'personal_budget.agreed',
      'support_plan.approved',
      'person.died',
      'delegation.revoked',
      'support_plan.approved',
    ]);
  });

  it('filters by event type, and stops delivering to a disabled endpoint', async () => {
    const filtered = await register({
      url: 'https://filtered.example/hooks',
      eventTypes: ['person.died'],
    });
    const filteredId = Buffer.from(filtered?.registration?.endpoint.id ?? '', 'base64')
      .toString()
      .split(':')[1] as string;
    await recordEvents((events) => {
      events.emit('person.created', { id: otherPersonId });
      events.emit('person.died', { id: otherPersonId });
    });
    expect(await deliveredTypes(filteredId)).toEqual(['person.died']);
    const { body } = await t.graphql<{ disableWebhookEndpoint: { __typename: string } }>(
      `mutation ($input: DisableWebhookEndpointInput!) { disableWebhookEndpoint(input: $input) { __typename } }`,
      {
        token: admin,
        variables: { input: { endpointId: globalId('WebhookEndpoint', filteredId) } },
      },
    );
    expect(body.data?.disableWebhookEndpoint.__typename).toBe(
      'MutationDisableWebhookEndpointSuccess',
    );
    await recordEvents((events) => events.emit('person.died', { id: personId }));
    expect(await deliveredTypes(filteredId)).toEqual(['person.died']);
  });

  it('rotates a secret, keeping the old one for the overlap', async () => {
    const before = await t.db.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpoints.council },
    });
    const { body } = await t.graphql<{
      rotateWebhookEndpointSecret: { __typename: string; rotation?: { secret: string } };
    }>(
      `mutation ($input: RotateWebhookEndpointSecretInput!) {
        rotateWebhookEndpointSecret(input: $input) {
          __typename ... on MutationRotateWebhookEndpointSecretSuccess { rotation { secret } }
        }
      }`,
      {
        token: admin,
        variables: {
          input: { endpointId: globalId('WebhookEndpoint', endpoints.council), graceSeconds: 3600 },
        },
      },
    );
    expect(body.data?.rotateWebhookEndpointSecret.__typename).toBe(
      'MutationRotateWebhookEndpointSecretSuccess',
    );
    const after = await t.db.webhookEndpoint.findUniqueOrThrow({
      where: { id: endpoints.council },
    });
    expect(after.secret).toBe(body.data?.rotateWebhookEndpointSecret.rotation?.secret);
    expect(after.previousSecret).toBe(before.secret);
    expect(after.previousSecretValidUntil?.toISOString()).toBe('2026-12-02T11:00:00.000Z');
  });

  it('keeps personal details out of every event', async () => {
    const events = await t.db.domainEvent.findMany({ select: { payload: true } });
    expect(events.length).toBeGreaterThan(10);
    for (const { payload } of events)
      expect(JSON.stringify(payload)).not.toMatch(/Edith|Crawley|EM1|1941/);
  });

  it('redelivers a delivery on request, and refuses one of a disabled endpoint', async () => {
    const delivery = await t.db.webhookDelivery.findFirstOrThrow({
      where: { endpointId: endpoints.council },
    });
    await t.db.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: 'FAILED', attempts: 18, nextAttemptAt: new Date('2026-11-30T00:00:00Z') },
    });
    const redeliver = (id: string) =>
      t.graphql<{ redeliverWebhookEvent: { __typename: string; delivery?: { status: string } } }>(
        `mutation ($input: RedeliverWebhookEventInput!) {
          redeliverWebhookEvent(input: $input) {
            __typename ... on MutationRedeliverWebhookEventSuccess { delivery { status } }
          }
        }`,
        { token: admin, variables: { input: { deliveryId: globalId('WebhookDelivery', id) } } },
      );
    const { body } = await redeliver(delivery.id);
    expect(body.data?.redeliverWebhookEvent).toMatchObject({
      __typename: 'MutationRedeliverWebhookEventSuccess',
      delivery: { status: 'PENDING' },
    });
    const due = await t.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } });
    expect(due.nextAttemptAt).toEqual(NOW);
    const disabled = await t.db.webhookDelivery.findFirst({
      where: { endpoint: { disabledAt: { not: null } } },
    });
    expect(disabled).not.toBeNull();
    const refused = await redeliver(disabled?.id as string);
    expect(refused.body.data?.redeliverWebhookEvent.__typename).toBe('InvalidStateError');
  });
});
