import { createHash } from 'node:crypto';
import { Conflict } from '../errors/conflict.ts';
import type { EventCollector } from '../events/event-collector.ts';
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
  /**
   * The id of what the call makes: the row it changes, or the id it will give the row it creates
   * (chosen before, `uuidV7()`), so that the key is claimed before the work and a repeat finds it.
   */
  readonly resultId: string;
  /** The mutation's events: a repeat changed nothing, so it records none (D108). */
  readonly events: EventCollector;
}

/**
 * Runs `create` once per idempotency key, inside the caller's transaction. A repeat with the same
 * key and payload returns the id the first call made; the same key with another payload is a
 * ConflictError. The key is claimed first, by inserting its row (primary key council_id, key): a
 * concurrent call with the same key waits on that row until this transaction ends, then finds it
 * committed (a repeat) or rolled back with the work (its own claim goes in), so money moves once.
 * One statement when the key is new; a repeat reads the first call's row in a second.
 */
export async function once(
  tx: TransactionStatements,
  call: IdempotentCall,
  create: () => Promise<unknown>,
): Promise<{ id: string; replayed: boolean }> {
  const sql = statementsOf(tx);
  const payloadHash = createHash('sha256')
    .update(`${call.operation}:${canonicalJson(call.payload)}`)
    .digest('hex');
  const claimed = await sql(
    `INSERT INTO idempotency_record (council_id, key, operation, payload_hash, result_id)
     VALUES ($1::uuid, $2, $3, $4, $5::uuid)
     ON CONFLICT (council_id, key) DO NOTHING
     RETURNING 1 AS claimed`,
    [call.councilId, call.key, call.operation, payloadHash, call.resultId],
    'idempotency_claim',
  );
  if (claimed.length > 0) {
    await create();
    return { id: call.resultId, replayed: false };
  }
  // a new statement, so a new snapshot (READ COMMITTED): it sees the row that made the claim wait
  const [previous] = await sql<{ operation: string; payloadHash: string; resultId: string }>(
    `SELECT operation, payload_hash AS "payloadHash", result_id AS "resultId"
       FROM idempotency_record WHERE council_id = $1::uuid AND key = $2`,
    [call.councilId, call.key],
    'idempotency_read',
  );
  if (!previous) throw new Error('An idempotency key claimed by another call is gone');
  call.events.drop();
  if (previous.payloadHash !== payloadHash || previous.operation !== call.operation) {
    throw new Conflict(
      'IDEMPOTENCY_KEY_REUSED',
      'This idempotency key was used with another request',
      ['input', 'idempotencyKey'],
    );
  }
  return { id: previous.resultId, replayed: true };
}
