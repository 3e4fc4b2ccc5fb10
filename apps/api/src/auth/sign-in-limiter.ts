import { createHash } from 'node:crypto';
import type pg from 'pg';
import { type ThrottlePolicy, type ThrottleState, takeAttempt } from './sign-in-throttle.ts';

/** Who is signing in: the client id it names (if any) and the address it comes from. */
export interface SignInAttempt {
  readonly clientId?: string;
  readonly address: string;
}

export interface SignInLimiter {
  /** Counts the attempt; 0 when it may go ahead, else the seconds to wait (Retry-After). */
  take(attempt: SignInAttempt): Promise<number>;
  /** A successful sign-in: the client's count starts again, and the address's forgets this attempt. */
  succeeded(attempt: SignInAttempt): Promise<void>;
}

/** 5 tries per client id, 20 per address, then waits of 1 s, 2 s, 4 s … up to 15 min; an hour's quiet resets. */
export const CLIENT_POLICY: ThrottlePolicy = {
  limit: 5,
  quietResetMs: 60 * 60_000,
  firstWaitMs: 1_000,
  longestWaitMs: 15 * 60_000,
};
export const ADDRESS_POLICY: ThrottlePolicy = { ...CLIENT_POLICY, limit: 20 };

/** Rows untouched for longer than the quiet period are deleted once every this many attempts. */
const PRUNE_EVERY = 500;

/** The stored key: a SHA-256, so that the table holds no address (UK GDPR Art. 5(1)(c)). */
const keyOf = (kind: 'client' | 'address', value: string) =>
  createHash('sha256').update(`${kind}:${value}`).digest('hex');

interface Row {
  attempts: number;
  last_attempt_at: Date;
  blocked_until: Date | null;
}

/**
 * Client-credentials limits kept in PostgreSQL (`sign_in_throttle`), so that every API process
 * counts the same attempts: each attempt locks its rows in one short transaction, so 200
 * concurrent guesses are counted one after another and all but the first few are refused
 * without checking a secret.
 */
export function createSignInLimiter(options: {
  /** Connections outside any council (TenantDatabases.outsideTenancy.pool). */
  readonly pool: pg.Pool;
  readonly now?: () => number;
  readonly clientPolicy?: ThrottlePolicy;
  readonly addressPolicy?: ThrottlePolicy;
}): SignInLimiter {
  const now = options.now ?? Date.now;
  const clientPolicy = options.clientPolicy ?? CLIENT_POLICY;
  const addressPolicy = options.addressPolicy ?? ADDRESS_POLICY;
  let untilPrune = PRUNE_EVERY;
  const keysOf = (attempt: SignInAttempt) => [
    { key: keyOf('address', attempt.address), policy: addressPolicy },
    ...(attempt.clientId ? [{ key: keyOf('client', attempt.clientId), policy: clientPolicy }] : []),
  ];

  const inTransaction = async <T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> => {
    const client = await options.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };

  return {
    take: async (attempt) => {
      const at = now();
      untilPrune -= 1;
      if (untilPrune <= 0) {
        untilPrune = PRUNE_EVERY;
        await options.pool.query(
          'DELETE FROM sign_in_throttle WHERE last_attempt_at < $1 AND (blocked_until IS NULL OR blocked_until < $2)',
          [new Date(at - CLIENT_POLICY.quietResetMs), new Date(at)],
        );
      }
      // keys in a fixed order, so that concurrent attempts lock them in the same order
      const keys = keysOf(attempt).sort((a, b) => a.key.localeCompare(b.key));
      return inTransaction(async (client) => {
        let waitMs = 0;
        const decided: { key: string; state: ThrottleState }[] = [];
        for (const { key, policy } of keys) {
          await client.query(
            `INSERT INTO sign_in_throttle (key, attempts, last_attempt_at) VALUES ($1, 0, $2)
             ON CONFLICT (key) DO NOTHING`,
            [key, new Date(at)],
          );
          const { rows } = await client.query<Row>(
            'SELECT attempts, last_attempt_at, blocked_until FROM sign_in_throttle WHERE key = $1 FOR UPDATE',
            [key],
          );
          const row = rows[0];
          const state: ThrottleState | null =
            row && row.attempts > 0
              ? {
                  attempts: row.attempts,
                  lastAttemptAt: row.last_attempt_at.getTime(),
                  blockedUntil: row.blocked_until?.getTime() ?? null,
                }
              : null;
          const decision = takeAttempt(state, at, policy);
          if (decision.allowed) decided.push({ key, state: decision.state });
          else waitMs = Math.max(waitMs, decision.retryAfterMs);
        }
        // a refused attempt is not counted: waiting out the back-off is enough
        if (waitMs > 0) return Math.ceil(waitMs / 1000);
        for (const { key, state } of decided) {
          await client.query(
            'UPDATE sign_in_throttle SET attempts = $2, last_attempt_at = $3, blocked_until = $4 WHERE key = $1',
            [
              key,
              state.attempts,
              new Date(state.lastAttemptAt),
              state.blockedUntil === null ? null : new Date(state.blockedUntil),
            ],
          );
        }
        return 0;
      });
    },
    succeeded: async (attempt) => {
      const [address, client] = keysOf(attempt);
      await options.pool.query(
        `UPDATE sign_in_throttle SET attempts = GREATEST(attempts - 1, 0) WHERE key = $1;`,
        [address?.key],
      );
      if (client)
        await options.pool.query('DELETE FROM sign_in_throttle WHERE key = $1', [client.key]);
    },
  };
}
