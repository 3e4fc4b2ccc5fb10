import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { asApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { createTenantDatabases, type TenantDatabases } from '@openpb/db/tenant-databases';
import {
  createTestFileDatabase,
  type IsolatedDatabase,
} from '@openpb/db/testing/isolated-database';
import { domainEventInsert, EventCollector, uuidV7 } from '@openpb/graphql/events/event-collector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCouncilWithStaff } from '../support/fixtures.ts';

// Issue 14 item 3 (D37, D71): two delivery workers in two processes of their own, on one
// database, sending to one real HTTP receiver: no event reaches an endpoint twice, and each
// person's events arrive in the order they happened.

const CHILD = fileURLToPath(new URL('./support/delivery-worker-child.ts', import.meta.url));
const PEOPLE = 8;
const EVENTS_PER_PERSON = 6;
const TOTAL = PEOPLE * EVENTS_PER_PERSON;

interface Received {
  readonly eventId: string;
  readonly person: string;
  readonly worker: string;
}

let database: IsolatedDatabase;
let owner: PrismaClient;
let databases: TenantDatabases;
let receiver: Server;
const received: Received[] = [];
const workers: ChildProcess[] = [];

async function startWorker(name: string, url: string, tenancyKey: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: {
      ...process.env,
      WORKER_DATABASE_URL: url,
      WORKER_TENANCY_KEY: tenancyKey,
      WORKER_NAME: name,
      WORKER_POLL_MS: '20',
      WORKER_BATCH: '4',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  workers.push(child);
  const [line] = (await once(child.stdout as NodeJS.ReadableStream, 'data')) as [Buffer];
  expect(line.toString().trim()).toBe('ready');
  return child;
}

beforeAll(async () => {
  database = await createTestFileDatabase();
  owner = createDatabaseClient({ databaseUrl: database.databaseUrl });
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => {
      received.push({
        eventId: String(request.headers['openpb-event-id']),
        person: JSON.parse(body).data.person,
        worker: String(request.headers['x-test-worker']),
      });
      // a receiver that takes its time, so that both workers have deliveries in flight at once
      setTimeout(() => response.writeHead(204).end(), 5 + Math.random() * 25);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
}, 60_000);

afterAll(async () => {
  for (const child of workers) {
    if (child.exitCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      await exited;
    }
  }
  receiver.closeAllConnections();
  await new Promise((resolve) => receiver.close(resolve));
  await databases?.close();
  await owner.$disconnect();
  await database.drop();
});

describe('two delivery worker processes on one database (issue 14 item 3)', () => {
  it('never send an event twice to an endpoint, and keep each person’s order', async () => {
    const { councilId, personId } = await createCouncilWithStaff(owner);
    const { id: _id, ...template } = await owner.person.findUniqueOrThrow({
      where: { id: personId },
    });
    const people = [personId];
    for (let i = 1; i < PEOPLE; i++) {
      const person = await owner.person.create({
        data: { ...template, laPersonId: `EM-TWO-${i}`, nhsNumber: null },
      });
      people.push(person.id);
    }
    const port = (receiver.address() as AddressInfo).port;
    const endpointId = uuidV7();
    await owner.webhookEndpoint.create({
      data: {
        id: endpointId,
        councilId,
        url: `http://127.0.0.1:${port}/hooks`,
        secret: 'whsec_two_workers',
        createdBySubject: 'test',
      },
    });

    const applicationUrl = asApplicationLogin(database.databaseUrl);
    const tenancyKey = await readTenancyKey(database.databaseUrl);
    await Promise.all([
      startWorker('a', applicationUrl, tenancyKey),
      startWorker('b', applicationUrl, tenancyKey),
    ]);

    // the events, as mutations write them (the outbox's statement on the council's connections),
    // each person's interleaved with the others'
    databases = createTenantDatabases({ databaseUrl: applicationUrl, tenancyKey, poolSize: 2 });
    const collector = new EventCollector();
    for (let round = 0; round < EVENTS_PER_PERSON; round++) {
      for (const person of people) {
        collector.emit('support_plan.approved', { id: uuidV7(), personId: person });
      }
    }
    const insert = domainEventInsert(collector.collect(null), councilId, new Date(), 'test');
    await databases.forCouncil(councilId).db.$executeRawUnsafe(insert.text, ...insert.values);

    const deadline = Date.now() + 60_000;
    const settled = () =>
      owner.webhookDelivery.count({ where: { endpointId, status: { not: 'SUCCEEDED' } } });
    while ((await settled()) > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await settled()).toBe(0);
    // a few more polls of both workers: a second send would show now
    await new Promise((resolve) => setTimeout(resolve, 300));

    const ids = received.map((r) => r.eventId);
    expect(ids).toHaveLength(TOTAL);
    expect(new Set(ids).size).toBe(TOTAL);
    // both processes took part
    expect(new Set(received.map((r) => r.worker))).toEqual(new Set(['a', 'b']));
    const attempts = await owner.webhookDeliveryAttempt.count();
    expect(attempts).toBe(TOTAL);

    // each person's events arrived in the order of their positions in the outbox
    const positions = new Map(
      (await owner.webhookDelivery.findMany({ where: { endpointId } })).map((d) => [
        d.eventId,
        Number(d.eventPosition),
      ]),
    );
    const byPerson = new Map<string, number[]>();
    for (const r of received) {
      byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), positions.get(r.eventId) ?? -1]);
    }
    expect(byPerson.size).toBe(PEOPLE);
    for (const order of byPerson.values()) {
      expect(order).toHaveLength(EVENTS_PER_PERSON);
      expect(order).toEqual([...order].sort((x, y) => x - y));
    }
  }, 120_000);
});
