import { createHash } from 'node:crypto';
import type { Prisma } from '@openpb/db/client';
import { Conflict } from '../errors/conflict.ts';

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, field]) => field !== undefined && key !== 'idempotencyKey')
      .sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export interface IdempotentCall {
  readonly councilId: string;
  readonly key: string;
  readonly operation: string;
  /** The mutation input; the key itself is left out of the fingerprint. */
  readonly payload: unknown;
}

/**
 * Runs `create` once per idempotency key, inside the caller's transaction. A repeat with the same
 * key and payload returns the id the first call created; the same key with another payload is a
 * ConflictError. Concurrent repeats serialise on the key's row (primary key), so money moves once.
 */
export async function once(
  tx: Prisma.TransactionClient,
  call: IdempotentCall,
  create: () => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  const payloadHash = createHash('sha256')
    .update(`${call.operation}:${canonicalJson(call.payload)}`)
    .digest('hex');
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${call.councilId}:${call.key}`}, 0))`;
  const previous = await tx.idempotencyRecord.findUnique({
    where: { councilId_key: { councilId: call.councilId, key: call.key } },
  });
  if (previous) {
    if (previous.payloadHash !== payloadHash || previous.operation !== call.operation) {
      throw new Conflict(
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key was used with another request',
        ['input', 'idempotencyKey'],
      );
    }
    return { id: previous.resultId, replayed: true };
  }
  const id = await create();
  await tx.idempotencyRecord.create({
    data: {
      councilId: call.councilId,
      key: call.key,
      operation: call.operation,
      payloadHash,
      resultId: id,
    },
  });
  return { id, replayed: false };
}
