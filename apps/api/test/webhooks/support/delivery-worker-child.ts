// The delivery worker in a process of its own (D37, D71), as each API process runs it, for the test
// that runs two against one database. Env: WORKER_DATABASE_URL (the API's login),
// WORKER_TENANCY_KEY, WORKER_NAME (sent as the X-Test-Worker header, so the receiver sees who
// sent what), WORKER_POLL_MS, WORKER_BATCH. Prints "ready", then works until SIGTERM.
import { createTenantDatabases } from '@openpb/db/tenant-databases';
import { createDeliveryWorker } from '../../../src/webhooks/delivery-worker.ts';

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
};

const name = env('WORKER_NAME');
const databases = createTenantDatabases({
  databaseUrl: env('WORKER_DATABASE_URL'),
  tenancyKey: env('WORKER_TENANCY_KEY'),
  poolSize: 4,
});
const worker = createDeliveryWorker({
  databases,
  batchSize: Number(env('WORKER_BATCH')),
  fetch: (url, init) =>
    fetch(url, { ...init, headers: { ...(init?.headers as object), 'x-test-worker': name } }),
  onError: (error) => process.stderr.write(`worker ${name}: ${String(error)}\n`),
});
worker.start(Number(env('WORKER_POLL_MS')));
// the worker's timer does not hold a process open (in the API the HTTP server does)
const keepAlive = setInterval(() => undefined, 60_000);
process.stdout.write('ready\n');
process.on('SIGTERM', async () => {
  clearInterval(keepAlive);
  await worker.stop();
  await databases.close();
  process.exit(0);
});
