// Issue 14 item 5: outbox events per second beside writes, and webhook delivery latency to a local
// receiver. `cd apps/api && pnpm exec tsx scripts/webhook-bench.ts [events]` (a fresh database).

import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
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
import { createDeliveryWorker } from '../src/webhooks/delivery-worker.ts';
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
const latencies: number[] = [];
const receiver = createServer((request, response) => {
  const id = String(request.headers['openpb-event-id']);
  request.resume();
  request.on('end', () => {
    const at = committedAt.get(id);
    if (at !== undefined) latencies.push(performance.now() - at);
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

/** One person's change and its event, in one transaction, as a mutation writes them. */
async function write(index: number, withEvent: boolean): Promise<string | null> {
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
  return withEvent ? (pending[0]?.id ?? null) : null;
}

async function run(count: number, withEvent: boolean): Promise<number> {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < count) {
        const index = next++;
        const id = await write(index, withEvent);
        if (id) committedAt.set(id, performance.now());
      }
    }),
  );
  return count / ((performance.now() - started) / 1000);
}

// warm up, then the write path without and with events (no endpoint: the fan-out finds none)
await run(200, true);
const off = await run(EVENTS, false);
const on = await run(EVENTS, true);
// with one endpoint and the worker delivering beside the writes
await owner.webhookEndpoint.create({
  data: { id: uuidV7(), councilId, url, secret: 'whsec_bench', createdBySubject: 'bench' },
});
const worker = createDeliveryWorker({ databases, batchSize: 100 });
worker.start(10);
const withDelivery = await run(EVENTS, true);
while (latencies.length < EVENTS) await new Promise((resolve) => setTimeout(resolve, 20));
await worker.stop();
latencies.sort((a, b) => a - b);
const pct = (p: number) =>
  latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
console.log(
  JSON.stringify({
    events: EVENTS,
    concurrency: CONCURRENCY,
    writesPerSecondEventsOff: Math.round(off),
    writesPerSecondEventsOn: Math.round(on),
    writesPerSecondWithDelivery: Math.round(withDelivery),
    deliveryLatencyMs: {
      p50: Math.round(pct(50)),
      p99: Math.round(pct(99)),
      max: Math.round(pct(100)),
    },
    workerPollMs: 10,
  }),
);
receiver.close();
await databases.close();
await owner.$disconnect();
await server.stop();
