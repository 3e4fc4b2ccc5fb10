import { domainEventInsert, EventCollector } from '@openpb/graphql/events/event-collector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EventStream, openEventStream } from '../support/event-stream.ts';
import { addEmptyCouncil, createCouncilWithStaff, globalId, STAFF } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';
import { registerThirdPartyApp, type ThirdPartyApp } from '../support/third-party-app.ts';

// Issue 15 item 4 and issue 14 item 2 (D93): a third-party app's live subscription hears what its
// webhooks would be sent, and nothing else.

const NOW = new Date('2026-12-02T10:00:00Z');
let t: TestApi;
let councilId: string;
let otherCouncilId: string;
/** Delegated READ_PLAN to the broker; did not delegate; delegated once, ended yesterday; of the other council. */
let delegated: string;
let stranger: string;
let lapsed: string;
let elsewhere: string;
let worker: string;
let broker: ThirdPartyApp;
let lonely: ThirdPartyApp;
let delegationId: string;

const person = (id: string) => globalId('Person', id);

async function record(council: string, emit: (events: EventCollector) => void): Promise<void> {
  const collector = new EventCollector();
  emit(collector);
  const insert = domainEventInsert(collector.collect(null), council, NOW, 'test');
  await t.databases.forCouncil(council).db.$executeRawUnsafe(insert.text, ...insert.values);
}

/** The app registers an endpoint of its own: an event of its organisation it always hears. */
async function marker(app: ThirdPartyApp): Promise<string> {
  const { body } = await t.graphql<{
    registerWebhookEndpoint: { registration?: { endpoint: { id: string } } };
  }>(
    `mutation ($input: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $input) {
      ... on MutationRegisterWebhookEndpointSuccess { registration { endpoint { id } } } } }`,
    { token: app.token, variables: { input: { url: 'https://app.example/hooks' } } },
  );
  const id = body.data?.registerWebhookEndpoint.registration?.endpoint.id;
  if (!id) throw new Error('the endpoint was not registered');
  return id;
}

beforeAll(async () => {
  t = await startTestApi({ now: () => NOW });
  let personId: string;
  ({ councilId, personId } = await createCouncilWithStaff(t.db));
  delegated = personId;
  otherCouncilId = await addEmptyCouncil(t.db);
  const template = await t.db.person.findFirstOrThrow({ where: { id: personId } });
  const another = async (laPersonId: string, council = councilId) =>
    (
      await t.db.person.create({
        data: { ...template, id: undefined, councilId: council, laPersonId, nhsNumber: null },
      })
    ).id;
  stranger = await another('EM-200001');
  lapsed = await another('EM-200002');
  elsewhere = await another('ZZ-200003', otherCouncilId);
  worker = await t.tokenFor({
    councilId,
    roles: [STAFF.socialWorker.role],
    subject: STAFF.socialWorker.subject,
  });
  broker = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'live-broker',
    secret: 'live-broker-secret-0123456789abcdef',
    organisation: { type: 'BROKERAGE', name: 'Live Brokerage' },
  });
  lonely = await registerThirdPartyApp(t, {
    councilId,
    clientId: 'lonely-app',
    secret: 'lonely-app-secret-0123456789abcdef',
    organisation: { type: 'SUPPORT_PLANNER', name: 'Nobody’s Planner' },
  });
  const { body } = await t.graphql<{
    grantDelegation: { __typename: string; delegation?: { id: string } };
  }>(
    `mutation ($input: GrantDelegationInput!) { grantDelegation(input: $input) {
      __typename ... on MutationGrantDelegationSuccess { delegation { id } } } }`,
    {
      token: worker,
      variables: {
        input: {
          personId: person(delegated),
          organisationId: globalId('Organisation', broker.organisationId),
          scopes: ['READ_PLAN'],
          grantedBy: 'PERSON',
          validFrom: '2026-12-01',
        },
      },
    },
  );
  expect(body.data?.grantDelegation.__typename).toBe('MutationGrantDelegationSuccess');
  delegationId = body.data?.grantDelegation.delegation?.id ?? '';
  // a delegation that ended yesterday, and one to the same organisation in another council
  const common = {
    organisationId: broker.organisationId,
    scopes: ['READ_PLAN', 'READ_BUDGET'],
    grantedBy: 'PERSON',
    recordedBySubject: 'test',
  };
  await t.db.delegation.create({
    data: {
      ...common,
      councilId,
      personId: lapsed,
      validFrom: new Date('2026-11-01T00:00:00Z'),
      validTo: new Date('2026-12-01T00:00:00Z'),
    },
  });
  await t.db.delegation.create({
    data: {
      ...common,
      councilId: otherCouncilId,
      personId: elsewhere,
      validFrom: new Date('2026-11-01T00:00:00Z'),
    },
  });
});

afterAll(() => t.close());

describe('an app’s live subscription hears what its webhooks would (issue 15 item 4, D93)', () => {
  let brokerScreen: EventStream;
  let lonelyScreen: EventStream;
  let before: string;

  it('hears an event about a person who delegated to it, within scope, and none outside scope, of a person who did not delegate, after a delegation ended, or of another council', async () => {
    brokerScreen = await openEventStream(t, broker.token);
    lonelyScreen = await openEventStream(t, lonely.token);
    await record(councilId, (events) => {
      events.emit('personal_budget.agreed', { id: crypto.randomUUID(), personId: delegated }); // READ_BUDGET not held
      events.emit('person.died', { id: delegated }); // council systems only
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId: stranger });
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId: lapsed });
    });
    await record(otherCouncilId, (events) =>
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId: elsewhere }),
    );
    await record(councilId, (events) =>
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId: delegated }),
    );
    // its next message is the one event it may hear: none of the earlier ones came
    const heard = await brokerScreen.next();
    expect(heard.data?.domainEvents).toMatchObject({
      type: 'support_plan.approved',
      person: person(delegated),
    });
    before = String(BigInt(heard.data?.domainEvents.position as string) - 1n);
  }, 15_000);

  it('hears of its own delegation’s revocation, and nothing about the person after it', async () => {
    const revoke = await t.graphql<{ revokeDelegation: { __typename: string } }>(
      `mutation ($input: RevokeDelegationInput!) { revokeDelegation(input: $input) { __typename } }`,
      { token: worker, variables: { input: { delegationId } } },
    );
    expect(revoke.body.data?.revokeDelegation.__typename).toBe('MutationRevokeDelegationSuccess');
    expect((await brokerScreen.next()).data?.domainEvents).toMatchObject({
      type: 'delegation.revoked',
      subject: delegationId,
      person: person(delegated),
    });
    await record(councilId, (events) =>
      events.emit('support_plan.approved', { id: crypto.randomUUID(), personId: delegated }),
    );
    const endpoint = await marker(broker);
    expect((await brokerScreen.next()).data?.domainEvents).toMatchObject({
      type: 'webhook_endpoint.registered',
      subject: endpoint,
    });
    brokerScreen.close();
  }, 15_000);

  it('resuming from before the revocation does not replay what it heard before', async () => {
    const resumed = await openEventStream(t, broker.token, { after: before });
    // the approval it heard while the delegation was in force is not sent again now
    expect((await resumed.next()).data?.domainEvents).toMatchObject({ type: 'delegation.revoked' });
    resumed.close();
  }, 15_000);

  it('an app that nobody delegated to hears nothing but its own organisation’s events', async () => {
    const endpoint = await marker(lonely);
    expect((await lonelyScreen.next()).data?.domainEvents).toMatchObject({
      type: 'webhook_endpoint.registered',
      subject: endpoint,
    });
    lonelyScreen.close();
  }, 15_000);

  it('staff of the council hear every one of those events; an unsigned caller is refused', async () => {
    // the arguments work as variables and as literals in the document (graphql-jit#183)
    for (const literals of [false, true]) {
      const staff = await openEventStream(
        t,
        worker,
        { after: '0', types: ['support_plan.approved'] },
        { literals },
      );
      const people = [];
      for (let i = 0; i < 4; i++) people.push((await staff.next()).data?.domainEvents.person);
      expect(people).toEqual([stranger, lapsed, delegated, delegated].map(person));
      staff.close();
    }
    const response = await t.api.fetch('http://api.test/graphql', {
      method: 'POST',
      headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'subscription { domainEvents { type } }' }),
    });
    expect(response.status).toBe(401);
  }, 15_000);
});
