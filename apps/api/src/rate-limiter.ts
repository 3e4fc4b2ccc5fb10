import type { SqlQuery } from '@openpb/db/sql-query';
import { LRUCache } from 'lru-cache';

/** Buckets idle this long are deleted, once every PRUNE_EVERY takes of a process. */
const IDLE_MS = 10 * 60_000;
const PRUNE_EVERY = 1_000;
/** Subjects whose unused tokens a process keeps; beyond them the least recent ones' are dropped. */
const HELD_SUBJECTS = 100_000;

/**
 * Refills the bucket for the time since its last take (capped at the burst; a bucket's time never
 * goes back, so a process whose clock lags another's refills nothing rather than too much), then
 * takes up to $6 whole tokens of it. $1 council, $2 subject, $3 burst, $4 per minute, $5 now.
 */
const REFILLED = `LEAST($3::float8, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM ($5::timestamptz - b.updated_at))::float8) * $4::float8 / 60)`;
const TAKE = `INSERT INTO request_rate_limit AS b (council_id, subject, tokens, taken, updated_at)
  VALUES ($1::uuid, $2, $3::float8 - $6::int, $6::int, $5::timestamptz)
  ON CONFLICT (council_id, subject) DO UPDATE SET
    taken = CASE WHEN ${REFILLED} >= 1 THEN LEAST($6::int, floor(${REFILLED})::int) ELSE 0 END,
    tokens = ${REFILLED} - CASE WHEN ${REFILLED} >= 1 THEN LEAST($6::int, floor(${REFILLED})::int) ELSE 0 END,
    updated_at = GREATEST(b.updated_at, $5::timestamptz)
  RETURNING taken, tokens`;

export interface RateLimiter {
  /** Takes one request's token; resolves to 0 when allowed, else the seconds to wait. */
  take(query: SqlQuery, councilId: string, subject: string): Promise<number>;
}

/**
 * One token bucket per council and token subject, in PostgreSQL (`request_rate_limit`, D85), so
 * that every API process on the database draws on the same bucket: `burst` requests at once,
 * refilled at `perMinute` a minute. A process takes a tenth of the burst at a time (one upsert,
 * which locks the bucket's row, so takes through any number of processes are counted one after
 * another) and spends it on that subject's next requests, so most requests cost no statement;
 * tokens a process holds were already taken from the bucket, so P processes together allow at
 * most a tenth of the burst per process more than one bucket would (none when the burst is
 * under 20, as in the tests that count refusals).
 */
export function createRateLimiter(options: {
  readonly perMinute: number;
  readonly burst: number;
  /** The clock, in ms since the epoch (tests inject one). */
  readonly now?: () => number;
}): RateLimiter {
  const { perMinute, burst } = options;
  const now = options.now ?? Date.now;
  const perTake = Math.max(1, Math.floor(burst / 10));
  const held = new LRUCache<string, number>({ max: HELD_SUBJECTS });
  let untilPrune = PRUNE_EVERY;
  return {
    async take(query, councilId, subject) {
      const key = `${councilId}\n${subject}`;
      const spare = held.get(key) ?? 0;
      if (spare > 0) {
        held.set(key, spare - 1);
        return 0;
      }
      const at = new Date(now());
      const [bucket] = await query<{ taken: number; tokens: number }>(
        TAKE,
        [councilId, subject, burst, perMinute, at, perTake],
        'openpb_rate_limit_take',
      );
      if (--untilPrune <= 0) {
        untilPrune = PRUNE_EVERY;
        await query('DELETE FROM request_rate_limit WHERE council_id = $1 AND updated_at < $2', [
          councilId,
          new Date(at.getTime() - IDLE_MS),
        ]);
      }
      if (bucket && bucket.taken > 0) {
        if (bucket.taken > 1) held.set(key, bucket.taken - 1);
        return 0;
      }
      return Math.max(1, Math.ceil(((1 - (bucket?.tokens ?? 0)) * 60) / perMinute));
    },
  };
}
