import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureApplicationLogin } from '@openpb/db/application-role';
import { withDatabase } from '@openpb/db/connection-config';
import { ensureDatabaseExists, withAdminConnection } from '@openpb/db/database-admin';
import { type EmbeddedPostgresServer, startEmbeddedPostgres } from '@openpb/db/embedded-postgres';
import { migrateDatabase } from '@openpb/db/migrate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApiServer, type TestApiServer } from '../../src/testing/test-api-server.ts';

/**
 * D16: the database can go away and come back. A PostgreSQL of this file's own, which
 * it cuts connections of and restarts, under a bounded load of real HTTP requests to the API.
 */
const TEMPLATE = 'openpb_resilience_template';
const QUERY = '{ people(first: 3) { edges { node { id } } } }';
const WORKERS = 4;

let dataDir: string;
let port: number;
let postgres: EmbeddedPostgresServer;
let api: TestApiServer;
let token: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return typeof address === 'object' && address ? address.port : 0;
}

const startPostgres = () => startEmbeddedPostgres({ dataDir, port, persistent: true });

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'openpb-resilience-pg-'));
  port = await freePort();
  postgres = await startPostgres();
  await ensureDatabaseExists(postgres.serverUrl, TEMPLATE);
  await migrateDatabase(withDatabase(postgres.serverUrl, TEMPLATE));
  await ensureApplicationLogin(postgres.serverUrl);
  api = await startTestApiServer({
    databaseServer: { serverUrl: postgres.serverUrl, templateName: TEMPLATE },
  });
  const signIn = await fetch(`${api.url}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ persona: 'social-worker' }),
  });
  token = ((await signIn.json()) as { token: string }).token;
}, 180_000);

afterAll(async () => {
  await api?.stop();
  await postgres?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

interface Outcome {
  readonly at: number;
  readonly status: number | 'no answer';
  readonly retryAfter: string | null;
}

async function ask(): Promise<Outcome> {
  try {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    const status = response.status === 200 && body.errors ? 500 : response.status;
    return { at: performance.now(), status, retryAfter: response.headers.get('retry-after') };
  } catch {
    return { at: performance.now(), status: 'no answer', retryAfter: null };
  }
}

/** WORKERS clients sending requests back to back while `during` runs, and until one succeeds after. */
async function underLoad(
  during: () => Promise<void>,
): Promise<{ outcomes: Outcome[]; doneAt: number }> {
  const outcomes: Outcome[] = [];
  let phase: 'during' | 'after' | 'stop' = 'during';
  let doneAt = 0;
  const worker = async () => {
    while (phase !== 'stop') {
      const outcome = await ask();
      outcomes.push(outcome);
      if (phase === 'after' && outcome.status === 200) phase = 'stop';
    }
  };
  const workers = Array.from({ length: WORKERS }, worker);
  await during();
  doneAt = performance.now();
  phase = 'after';
  await Promise.all(workers);
  return { outcomes, doneAt };
}

function report(name: string, { outcomes, doneAt }: { outcomes: Outcome[]; doneAt: number }) {
  const failed = outcomes.filter((outcome) => outcome.status !== 200);
  const firstSuccess = outcomes.find((outcome) => outcome.at > doneAt && outcome.status === 200);
  const recoverySeconds = firstSuccess ? (firstSuccess.at - doneAt) / 1000 : Number.NaN;
  console.log(
    `resilience ${name}: ${outcomes.length} requests, ${failed.length} failed ` +
      `(${[...new Set(failed.map((outcome) => outcome.status))].join(', ') || 'none'}), ` +
      `first success ${recoverySeconds.toFixed(2)} s after the database returned`,
  );
  return { failed, recoverySeconds };
}

describe('the API under a database that goes away and comes back', () => {
  it('survives pg_terminate_backend of all its connections and serves the next requests', async () => {
    expect((await ask()).status).toBe(200);
    const result = await underLoad(() =>
      withAdminConnection(postgres.serverUrl, async (client) => {
        await client.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'openpb_api'",
        );
      }),
    );
    const { failed } = report('pg_terminate_backend', result);
    // a request on a connection cut mid-statement may fail, retryably; none goes unanswered
    for (const outcome of failed) expect(outcome.status).toBe(503);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
    expect((await ask()).status).toBe(200);
  });

  it('answers 503 with Retry-After while PostgreSQL is down and recovers by itself once it is back', async () => {
    const result = await underLoad(async () => {
      await postgres.stop();
      // while it is down: every answer is a retryable 503, and readiness says so
      const down = await ask();
      expect(down.status).toBe(503);
      expect(down.retryAfter).toMatch(/^\d+$/);
      const ready = await fetch(`${api.url}/health/ready`);
      expect(ready.status).toBe(503);
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
      postgres = await startPostgres();
    });
    const { failed, recoverySeconds } = report('restart', result);
    for (const outcome of failed) expect(outcome.status).toBe(503);
    expect(recoverySeconds).toBeLessThan(10);
    expect((await fetch(`${api.url}/health/ready`)).status).toBe(200);
  });
});
