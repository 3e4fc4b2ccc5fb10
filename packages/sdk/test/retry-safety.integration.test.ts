import { createDatabaseClient, type PrismaClient } from '@openpb/db/client';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient } from '../src/create-client.ts';
import { signInAsPersona } from '../src/development/persona-sign-in.ts';
import type { FetchLike } from '../src/fetch-like.ts';

const url = inject('apiUrl');
let db: PrismaClient;

const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

/**
 * A connection that fails after the server has answered: the request reached the API, which
 * committed it, but its response is lost on the way back, as when a proxy drops the connection.
 */
function dropFirstResponse(): FetchLike & { attempts: number } {
  const fetch = Object.assign(
    async (target: string, init: Parameters<FetchLike>[1]) => {
      fetch.attempts++;
      const response = await globalThis.fetch(target, init);
      if (fetch.attempts === 1) {
        await response.text();
        throw new TypeError('fetch failed: socket hang up');
      }
      return response;
    },
    { attempts: 0 },
  );
  return fetch;
}

beforeAll(() => {
  db = createDatabaseClient({ databaseUrl: inject('databaseUrl'), poolSize: 2 });
});

afterAll(async () => {
  await db?.$disconnect();
});

describe('retrying a payment whose response was lost', () => {
  it('pays once: the retry carries the same idempotency key and returns the first result', async () => {
    const scheduled = await db.directPayment.findFirstOrThrow({
      where: { status: 'SCHEDULED', agreement: { status: 'ACTIVE' } },
      orderBy: { dueDate: 'asc' },
    });
    const fetch = dropFirstResponse();
    const client = createClient({
      url,
      token: await signInAsPersona({ url, persona: 'finance-officer' }),
      fetch,
      retryBaseDelayMs: 0,
    });
    const result = await client.directPayments.record({
      paymentId: globalId('DirectPayment', scheduled.id),
      paidDate: scheduled.dueDate.toISOString().slice(0, 10),
    });
    expect(fetch.attempts).toBe(2);
    expect(result).toMatchObject({ ok: true, data: { payment: { status: 'PAID' } } });
    expect(result.requestId).toEqual(expect.any(String));
    const entries = await db.accountTransaction.count({
      where: { paymentId: scheduled.id, kind: 'PAYMENT_IN' },
    });
    expect(entries).toBe(1);
  });

  it('does not retry a mutation without an idempotency key', async () => {
    const fetch = dropFirstResponse();
    const client = createClient({
      url,
      token: await signInAsPersona({ url, persona: 'social-worker' }),
      fetch,
      retryBaseDelayMs: 0,
    });
    await expect(
      client.safeguardingConcerns.raise(
        {} as Parameters<typeof client.safeguardingConcerns.raise>[0],
      ),
    ).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(fetch.attempts).toBe(1);
  });
});
