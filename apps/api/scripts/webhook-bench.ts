// Issue 14 item 5 (D72): the write path with events off and on, events per second the outbox and
// the delivery worker sustain beside the writes, and delivery latency (commit to receipt at a local
// receiver) at a rate the worker keeps up with. `pnpm --filter @openpb/bench webhooks [events]`, or
// `cd apps/api && pnpm exec tsx scripts/webhook-bench.ts [events]` (a fresh embedded PostgreSQL).

import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { asApplicationLogin, ensureApplicationLogin } from '@openpb/db/application-role';
import { createDatabaseClient } from '@openpb/db/client';
import { withDatabase } from '@openpb/db/connection-config';
import { ensureDatabaseExists } from '@openpb/db/database-admin';
import { startEmbeddedPostgres } from '@openpb/db/embedded-postgres';
import { migrateDatabase } from '@openpb/db/migrate';
import { readTenancyKey } from '@openpb/db/tenancy-key';
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import { domainEventInsert, EventCollector, uuidV7 } from '@openpb/graphql/events/event-collector';
import { createDeliveryWorker, type DeliveryWorker } from '../src/webhooks/delivery-worker.ts';
import { createCouncilWithStaff } from '../test/support/fixtures.ts';

const EVENTS = Number(process.argv[2] ?? 2000);
const CONCURRENCY = 8;
const port = await new Promise<number>((resolve) => {
  const probe = createNetServer().listen(0, '127.0.0.1', () => {
    const free = (probe.address() as AddressInfo).port;
    probe.close(() => resolve(free));
  });
});
const server = await startEmbeddedPostgres({
  dataDir: await mkdtemp(join(tmpdir(), 'openpb-webhook-bench-')),
  port,
  persistent: false,
});
await ensureDatabaseExists(server.serverUrl, 'openpb_webhook_bench');
const database = { databaseUrl: withDatabase(server.serverUrl, 'openpb_webhook_bench') };
await migrateDatabase(database.databaseUrl);
await ensureApplicationLogin(database.databaseUrl);
const owner = createDatabaseClient({ databaseUrl: database.databaseUrl });
const { councilId, personId } = await createCouncilWithStaff(owner);
const databases = createTenantDatabases({
  databaseUrl: asApplicationLogin(database.databaseUrl),
  tenancyKey: await readTenancyKey(database.databaseUrl),
  poolSize: 12,
});
const db = databases.forCouncil(councilId).db;
// events about 200 people (a person's events are delivered one after another, in order)
const template = await owner.person.findUniqueOrThrow({ where: { id: personId } });
const { id: _id, ...personFields } = template;
const people: string[] = [];
for (let i = 0; i < 200; i++) {
  const person = await owner.person.create({
    data: { ...personFields, laPersonId: `BENCH-${i}`, nhsNumber: null },
  });
  people.push(person.id);
}

const committedAt = new Map<string, number>();
let latencies: number[] = [];
let receivedCount = 0;
const receiver = createServer((request, response) => {
  const id = String(request.headers['openpb-event-id']);
  request.resume();
  request.on('end', () => {
    receivedCount++;
    const at = committedAt.get(id);
    if (at !== undefined) latencies.push(performance.now() - at);
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

/** One person's change and its event, in one transaction, as a mutation writes them. */
async function write(index: number, withEvent: boolean): Promise<void> {
  const collector = new EventCollector();
  const person = people[index % people.length] as string;
  collector.emit('person.details_changed', { id: person });
  const pending = collector.collect(null);
  await db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(
      'UPDATE person SET postcode = $2 WHERE id = $1::uuid',
      person,
      index % 2 ? 'EM1 2AB' : 'EM1 2AC',
    );
    if (withEvent) {
      const insert = domainEventInsert(pending, councilId, new Date(), null);
      await tx.$executeRawUnsafe(insert.text, ...insert.values);
    }
  });
  const id = pending[0]?.id;
  if (withEvent && id) committedAt.set(id, performance.now());
}

let written = 0;
/** `count` writes, CONCURRENCY at a time, as fast as they go: writes per second. */
async function run(count: number, withEvent: boolean): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        next++;
        await write(written++, withEvent);
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

/** Writes at `perSecond` (one every 1/perSecond s, each on its own) for `seconds`. */
async function paced(perSecond: number, seconds: number): Promise<void> {
  const count = Math.round(perSecond * seconds);
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    inFlight.push(write(written++, true));
  }
  await Promise.all(inFlight);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};
const workers = (count: number, pollMs: number): DeliveryWorker[] =>
  Array.from({ length: count }, () => {
    const worker = createDeliveryWorker({ databases, batchSize: 100 });
    worker.start(pollMs);
    return worker;
  });
const stopAll = (list: DeliveryWorker[]) => Promise.all(list.map((w) => w.stop()));

// 1. the write path without and with the outbox's statement (no endpoint), alternating, 3 rounds
await run(300, true);
const off: number[] = [];
const on: number[] = [];
for (let round = 0; round < 3; round++) {
  off.push(await run(EVENTS, false));
  on.push(await run(EVENTS, true));
}

// one council endpoint from here on
await owner.webhookEndpoint.create({
  data: { id: uuidV7(), councilId, url, secret: 'whsec_bench', createdBySubject: 'bench' },
});

// 2. what the worker drains: a backlog of EVENTS, then 1 and 2 workers (SKIP LOCKED) deliver it
const drain: Record<string, number> = {};
for (const count of [1, 2]) {
  await run(EVENTS, true);
  const target = receivedCount + EVENTS;
  const started = performance.now();
  const list = workers(count, 50);
  await until(() => receivedCount >= target);
  drain[`${count}`] = EVENTS / ((performance.now() - started) / 1000);
  await stopAll(list);
}

// 3. writes at full speed with one worker delivering beside them: both rates over the same window
const besideWorkers = workers(1, 50);
const besideBefore = receivedCount;
const besideStarted = performance.now();
const besideWrites = await run(EVENTS, true);
const besideDelivered =
  (receivedCount - besideBefore) / ((performance.now() - besideStarted) / 1000);
await until(() => receivedCount >= besideBefore + EVENTS);
await stopAll(besideWorkers);

// 4. latency at a rate the worker keeps up with (a third of what one worker drains), at the
//    fastest poll the API allows (50 ms) and at its default (1 s)
const rate = Math.max(10, Math.round((drain['1'] ?? 30) / 3));
const latency: Record<string, { p50: number; p99: number; max: number; n: number }> = {};
for (const pollMs of [50, 1000]) {
  const list = workers(1, pollMs);
  latencies = [];
  const before = receivedCount;
  await paced(rate, 15);
  const expected = Math.round(rate * 15);
  await until(() => receivedCount >= before + expected);
  await stopAll(list);
  const sorted = [...latencies].sort((a, b) => a - b);
  latency[`poll${pollMs}ms`] = {
    p50: Math.round(percentile(sorted, 50)),
    p99: Math.round(percentile(sorted, 99)),
    max: Math.round(percentile(sorted, 100)),
    n: sorted.length,
  };
}

console.log(
  JSON.stringify(
    {
      date: new Date().toISOString(),
      machine: {
        cores: cpus().length,
        cpu: cpus()[0]?.model.trim(),
        loadAverageAtEnd: loadavg().map((l) => Math.round(l * 10) / 10),
        node: process.version,
      },
      events: EVENTS,
      concurrency: CONCURRENCY,
      writesPerSecond: {
        eventsOff: off.map(Math.round),
        eventsOn: on.map(Math.round),
        medianOff: Math.round(median(off)),
        medianOn: Math.round(median(on)),
      },
      deliveredPerSecondDrainingBacklog: {
        oneWorker: Math.round(drain['1'] ?? 0),
        twoWorkers: Math.round(drain['2'] ?? 0),
      },
      besideWrites: {
        writesAndEventsPerSecond: Math.round(besideWrites),
        deliveredPerSecond: Math.round(besideDelivered),
      },
      pacedLatencyMs: { eventsPerSecond: rate, seconds: 15, ...latency },
    },
    null,
    2,
  ),
);
receiver.close();
await databases.close();
await owner.$disconnect();
await server.stop();
