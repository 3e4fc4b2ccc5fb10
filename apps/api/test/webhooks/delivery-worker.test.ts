import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { domainEventInsert, EventCollector, uuidV7 } from '@openpb/graphql/events/event-collector';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
// the SDK's verifier, from its source (apps/api does not depend on the SDK)
import { webhooks } from '../../../../packages/sdk/src/webhooks/webhooks.ts';
import {
  createDeliveryWorker,
  MAX_ATTEMPTS,
  retryDelayMs,
} from '../../src/webhooks/delivery-worker.ts';
import { createCouncilWithStaff } from '../support/fixtures.ts';
import { startTestApi, type TestApi } from '../support/test-api.ts';

/** The worker's clock, moved by the tests (no wall-time sleeps). */
let clock = new Date('2026-12-02T10:00:00Z');
const now = () => clock;
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};

interface Received {
  readonly body: string;
  readonly signature: string;
  readonly eventId: string;
}

/** A real HTTP receiver whose answer each test decides. */
let receiver: Server;
let baseUrl: string;
let received: Received[] = [];
let answer: (request: IncomingMessage, response: ServerResponse, received: Received) => void;

let t: TestApi;
let councilId: string;
let personId: string;
let endpointId: string;
const SECRET = 'whsec_worker_test';

async function newEndpoint(path: string): Promise<string> {
  const id = uuidV7();
  await t.db.webhookEndpoint.create({
    data: { id, councilId, url: `${baseUrl}${path}`, secret: SECRET, createdBySubject: 'test' },
  });
  return id;
}

async function recordEvents(events: (collector: EventCollector) => void): Promise<void> {
  const collector = new EventCollector();
  events(collector);
  const insert = domainEventInsert(collector.collect(null), councilId, clock, 'test');
  await t.databases.forCouncil(councilId).db.$executeRawUnsafe(insert.text, ...insert.values);
}

async function deliveries(endpoint: string) {
  return t.db.webhookDelivery.findMany({
    where: { endpointId: endpoint },
    orderBy: { eventPosition: 'asc' },
    include: { log: { orderBy: { id: 'asc' } } },
  });
}

beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      const entry = {
        body,
        signature: String(request.headers['openpb-signature']),
        eventId: String(request.headers['openpb-event-id']),
      };
      received.push(entry);
      answer(request, response, entry);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  t = await startTestApi({ now });
  ({ councilId, personId } = await createCouncilWithStaff(t.db));
});

afterAll(async () => {
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await t.close();
});

beforeEach(async () => {
  received = [];
  answer = (_request, response) => response.writeHead(200).end('ok');
  // earlier tests' endpoints hear nothing more
  await t.db.webhookEndpoint.updateMany({ data: { disabledAt: clock } });
  endpointId = await newEndpoint('/hooks');
});

describe('the delivery worker (issue 14 item 3)', () => {
  it('signs each delivery so that the SDK verifies it, and logs the attempt', async () => {
    await recordEvents((events) => events.emit('person.died', { id: personId }));
    const worker = createDeliveryWorker({ databases: t.databases, now });
    expect(await worker.runOnce()).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(received).toHaveLength(1);
    const [delivery] = received as [Received];
    const event = await webhooks.verify(delivery.body, delivery.signature, SECRET, { now: clock });
    expect(event).toMatchObject({ type: 'person.died', version: 1, id: delivery.eventId });
    expect(Object.keys(event.data).sort()).toEqual(['person', 'subject']);
    const [stored] = await deliveries(endpointId);
    expect(stored).toMatchObject({ status: 'SUCCEEDED', attempts: 1, lastStatusCode: 200 });
    expect(stored?.log).toHaveLength(1);
    // nothing is due any more
    expect(await worker.runOnce()).toMatchObject({ attempted: 0 });
  });

  it('retries a failing receiver with back-off until it recovers, and keeps a person’s events in order', async () => {
    let failures = 2;
    answer = (_request, response) => {
      if (failures-- > 0) response.writeHead(503).end('down');
      else response.writeHead(204).end();
    };
    await recordEvents((events) => {
      events.emit('support_plan.submitted', { id: uuidV7(), personId });
      events.emit('support_plan.approved', { id: uuidV7(), personId });
    });
    const worker = createDeliveryWorker({ databases: t.databases, now, random: () => 0.5 });
    // the first fails; the second, about the same person, waits behind it
    expect(await worker.runOnce()).toMatchObject({ attempted: 1, failed: 1 });
    expect(await worker.runOnce()).toMatchObject({ attempted: 0 });
    let [first, second] = await deliveries(endpointId);
    expect(first).toMatchObject({ status: 'PENDING', attempts: 1, lastStatusCode: 503 });
    expect(second).toMatchObject({ status: 'PENDING', attempts: 0 });
    expect(first?.nextAttemptAt.getTime()).toBe(clock.getTime() + retryDelayMs(1, () => 0.5));

    advance(retryDelayMs(1, () => 0.5));
    expect(await worker.runOnce()).toMatchObject({ attempted: 1, failed: 1 });
    advance(retryDelayMs(2, () => 0.5));
    // recovered: the first goes, and only then the second
    expect(await worker.runOnce()).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(await worker.runOnce()).toMatchObject({ attempted: 1, succeeded: 1 });
    [first, second] = await deliveries(endpointId);
    expect(first?.log.map((attempt) => attempt.statusCode)).toEqual([503, 503, 204]);
    expect(second).toMatchObject({ status: 'SUCCEEDED', attempts: 1 });
    expect(received.map((r) => JSON.parse(r.body).type)).toEqual([
      'support_plan.submitted',
      'support_plan.submitted',
      'support_plan.submitted',
      'support_plan.approved',
    ]);
  });

  it('times out a slow receiver and tries again later', async () => {
    let slow = true;
    answer = (_request, response) => {
      if (!slow) response.writeHead(200).end();
      // else: never answers; the worker's AbortSignal ends the wait
    };
    await recordEvents((events) => events.emit('person.died', { id: personId }));
    const worker = createDeliveryWorker({ databases: t.databases, now, timeoutMs: 150 });
    expect(await worker.runOnce()).toMatchObject({ attempted: 1, failed: 1 });
    const [delivery] = await deliveries(endpointId);
    expect(delivery?.lastError).toMatch(/timed out after 150 ms/);
    expect(delivery?.log[0]?.latencyMs).toBeGreaterThanOrEqual(140);
    slow = false;
    advance(retryDelayMs(1, () => 1));
    expect(await worker.runOnce()).toMatchObject({ attempted: 1, succeeded: 1 });
  });

  it('backs off over more than a day before giving up, and disables an endpoint that kept failing, telling the council', async () => {
    answer = (_request, response) => response.writeHead(500).end();
    const watcher = await newEndpoint('/watcher'); // the council's other system
    answer = (request, response) =>
      request.url === '/watcher' ? response.writeHead(200).end() : response.writeHead(500).end();
    await recordEvents((events) => events.emit('person.died', { id: personId }));
    const worker = createDeliveryWorker({ databases: t.databases, now, random: () => 0 });
    const started = clock.getTime();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      const endpoint = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
      if (endpoint.disabledAt) break;
      await worker.runOnce();
      const [delivery] = await deliveries(endpointId);
      if (delivery?.status !== 'PENDING') break;
      clock = delivery.nextAttemptAt;
    }
    const endpoint = await t.db.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId } });
    expect(endpoint.disabledAt).not.toBeNull();
    expect(endpoint.disabledReason).toMatch(/failed for over 24 hours/);
    expect((endpoint.disabledAt as Date).getTime() - started).toBeGreaterThanOrEqual(24 * 3600_000);
    const disabledEvent = await t.db.domainEvent.findFirst({
      where: { type: 'webhook_endpoint.disabled' },
    });
    expect(disabledEvent).not.toBeNull();
    // the watcher hears of it
    await worker.runOnce();
    expect(
      (await deliveries(watcher)).some(
        (d) => d.eventId === disabledEvent?.id && d.status === 'SUCCEEDED',
      ),
    ).toBe(true);
    // the schedule without jitter's shortest draw still spans more than a day
    let total = 0;
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++)
      total += retryDelayMs(attempt, () => 0);
    expect(total).toBeGreaterThan(24 * 3600_000);
  });

  // two workers in two processes: two-worker-processes.test.ts

  it('records review.due and delegation.expired once when their date passes, and delivers them', async () => {
    clock = new Date('2026-12-02T10:00:00Z'); // earlier tests moved it on
    const organisation = await t.db.organisation.create({
      data: { type: 'BROKERAGE', name: 'Ending Broker' },
    });
    const appEndpoint = uuidV7();
    await t.db.webhookEndpoint.create({
      data: {
        id: appEndpoint,
        councilId,
        organisationId: organisation.id,
        url: `${baseUrl}/app`,
        secret: SECRET,
        createdBySubject: 'test',
      },
    });
    const review = await t.db.review.create({
      data: { councilId, personId, reason: 'PLANNED', dueDate: new Date('2026-12-03T00:00:00Z') },
    });
    const delegation = await t.db.delegation.create({
      data: {
        councilId,
        personId,
        organisationId: organisation.id,
        scopes: ['READ_PLAN'],
        grantedBy: 'PERSON',
        validFrom: new Date('2026-11-01T00:00:00Z'),
        validTo: new Date('2026-12-03T00:00:00Z'),
        recordedBySubject: 'test',
      },
    });
    const worker = createDeliveryWorker({ databases: t.databases, now });
    const dated = () =>
      t.db.domainEvent.findMany({
        where: { type: { in: ['review.due', 'delegation.expired'] } },
        orderBy: { position: 'asc' },
      });
    // 2 December: neither date has passed
    await worker.runOnce();
    expect(await dated()).toEqual([]);
    // 3 December (London): the review is due; the delegation's last day is today
    advance(24 * 3600_000);
    await worker.runOnce();
    expect((await dated()).map((e) => e.type)).toEqual(['review.due']);
    // 4 December: the delegation has ended; the review is not recorded twice, by one or two workers
    advance(24 * 3600_000);
    const other = createDeliveryWorker({ databases: t.databases, now });
    await Promise.all([worker.runOnce(), other.runOnce()]);
    await worker.runOnce();
    const events = await dated();
    expect(events.map((e) => [e.type, e.subject])).toEqual([
      ['review.due', Buffer.from(`Review:${review.id}`).toString('base64')],
      ['delegation.expired', Buffer.from(`Delegation:${delegation.id}`).toString('base64')],
    ]);
    // the council's system hears of both; the app of its own delegation's end only
    const councilHeard = (await deliveries(endpointId)).map((d) => [d.eventId, d.status]);
    expect(councilHeard).toEqual(events.map((e) => [e.id, 'SUCCEEDED']));
    expect((await deliveries(appEndpoint)).map((d) => d.eventId)).toEqual([events[1]?.id]);
    expect((await deliveries(appEndpoint))[0]?.status).toBe('SUCCEEDED');
  });

  it('sends an app nothing about a person once the delegation is revoked, even if it was due before', async () => {
    const organisation = await t.db.organisation.create({
      data: { type: 'BROKERAGE', name: 'Late Broker' },
    });
    const appEndpoint = uuidV7();
    await t.db.webhookEndpoint.create({
      data: {
        id: appEndpoint,
        councilId,
        organisationId: organisation.id,
        url: `${baseUrl}/app`,
        secret: SECRET,
        createdBySubject: 'test',
      },
    });
    const delegation = await t.db.delegation.create({
      data: {
        councilId,
        personId,
        organisationId: organisation.id,
        scopes: ['READ_PLAN'],
        grantedBy: 'PERSON',
        validFrom: new Date('2026-12-01T00:00:00Z'),
        recordedBySubject: 'test',
      },
    });
    await recordEvents((events) =>
      events.emit('support_plan.approved', { id: uuidV7(), personId }),
    );
    expect(await deliveries(appEndpoint)).toHaveLength(1);
    await t.db.delegation.update({ where: { id: delegation.id }, data: { revokedAt: clock } });
    const worker = createDeliveryWorker({ databases: t.databases, now });
    await worker.runOnce();
    const [delivery] = await deliveries(appEndpoint);
    expect(delivery).toMatchObject({ status: 'SKIPPED', attempts: 0 });
    expect(
      received.filter(
        (r) => r.body.includes('support_plan.approved') && r.eventId === delivery?.eventId,
      ),
    ).toHaveLength(
      1, // the council's own endpoint still hears of it
    );
  });
});
