import { createHash } from 'node:crypto';
import { Conflict } from '../errors/conflict.ts';
import { statementsOf, type TransactionStatements } from './transaction-statements.ts';

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
  tx: TransactionStatements,
  call: IdempotentCall,
  create: () => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  const sql = statementsOf(tx);
  const payloadHash = createHash('sha256')
    .update(`${call.operation}:${canonicalJson(call.payload)}`)
    .digest('hex');
  // two statements: the read takes its snapshot after the lock is held, so it sees what a
  // concurrent call with the same key committed while this one waited (READ COMMITTED)
  await sql(
    `SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtextextended($1, 0))`,
    [`${call.councilId}:${call.key}`],
    'idempotency_lock',
  );
  const [previous] = await sql<{ operation: string; payloadHash: string; resultId: string }>(
    `SELECT operation, payload_hash AS "payloadHash", result_id AS "resultId"
       FROM idempotency_record WHERE council_id = $1::uuid AND key = $2`,
    [call.councilId, call.key],
    'idempotency_read',
  );
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
  await sql(
    `INSERT INTO idempotency_record (council_id, key, operation, payload_hash, result_id)
     VALUES ($1::uuid, $2, $3, $4, $5::uuid)`,
    [call.councilId, call.key, call.operation, payloadHash, id],
    'idempotency_record',
  );
  return { id, replayed: false };
}
