import { createHmac } from 'node:crypto';
import type { TenantDatabases } from '@openpb/db/tenant-databases';
import { appMayHearSql, eventScopeSql } from '@openpb/graphql/events/app-event-visibility';
import { domainEventInsert, EventCollector } from '@openpb/graphql/events/event-collector';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { recordDatedEvents } from './dated-events.ts';

/**
 * The webhook delivery worker (docs/decisions.md D37). Each pass asks which
 * councils have deliveries due (a function that returns council ids and nothing else), then, on
 * each council's own connections (row-level security holds), claims due deliveries with
 * `FOR UPDATE SKIP LOCKED`, holding the lock while it sends, so that any number of workers, in
 * any number of processes, never send one delivery at once twice. A delivery waits while an
 * earlier event about the same person to the same endpoint is still pending (per-person order).
 * Sends time out (AbortSignal.timeout); failures retry with exponential back-off and jitter for
 * over a day (MAX_ATTEMPTS), every attempt logged; an endpoint failing without a success for
 * DISABLE_AFTER_MS is disabled and the council told (a webhook_endpoint.disabled event).
 * Delivery is at least once: a receiver dedupes by the event id (a process killed after sending
 * and before recording sends again).
 */

export const SIGNATURE_HEADER = 'OpenPB-Signature';
/** Retries: 30 s doubling to a 6 h cap, each drawn in [½, 1] of its step: 28 h to 56 h in all. */
export const MAX_ATTEMPTS = 18;
const BASE_DELAY_MS = 30_000;
const MAX_DELAY_MS = 6 * 60 * 60 * 1000;
/** An endpoint failing for this long, and at least DISABLE_AFTER_FAILURES times, without a success. */
export const DISABLE_AFTER_MS = 24 * 60 * 60 * 1000;
const DISABLE_AFTER_FAILURES = 10;

export interface DeliveryWorkerOptions {
  readonly databases: TenantDatabases;
  readonly now?: () => Date;
  /** Draws jitter in [0, 1). */
  readonly random?: () => number;
  readonly fetch?: typeof fetch;
  /** A receiver has this long to answer (10 s unless told). */
  readonly timeoutMs?: number;
  /** Deliveries claimed per council per pass. */
  readonly batchSize?: number;
  readonly onError?: (error: unknown) => void;
  /** How often a pass also records the events of a date passing (D74): a minute unless told. */
  readonly datedEventsEveryMs?: number;
}

export interface PassResult {
  readonly attempted: number;
  readonly succeeded: number;
  readonly failed: number;
  readonly skipped: number;
}

export interface DeliveryWorker {
  /** One pass over every council with deliveries due. */
  runOnce(): Promise<PassResult>;
  /** Passes every `intervalMs` until stopped. */
  start(intervalMs?: number): void;
  stop(): Promise<void>;
}

/** The delay before retry `attempt` (1 = after the first failure). */
export function retryDelayMs(attempt: number, random: () => number): number {
  const step = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (attempt - 1));
  return Math.round(step * (0.5 + random() * 0.5));
}

/** `t=<unix>,v1=<hex>` with one v1 per secret. */
export function signatureHeader(body: string, secrets: readonly string[], at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return [
    `t=${t}`,
    ...secrets.map((s) => `v1=${createHmac('sha256', s).update(`${t}.${body}`).digest('hex')}`),
  ].join(',');
}

interface Claimed {
  id: string;
  endpoint_id: string;
  attempts: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_valid_until: Date | null;
  endpoint_organisation_id: string | null;
  event_id: string;
  type: string;
  version: number;
  occurred_at: Date;
  payload: Record<string, unknown>;
  event_organisation_id: string | null;
  /** Whether the app may still hear of it now (nothing after revocation, D36, D93). */
  allowed: boolean;
}

const CLAIM = `
  SELECT d.id, d.endpoint_id, d.attempts, w.url, w.secret, w.previous_secret,
         w.previous_secret_valid_until, w.organisation_id AS endpoint_organisation_id,
         e.id AS event_id, e.type, e.version, e.occurred_at, e.payload,
         e.organisation_id AS event_organisation_id,
         (w.organisation_id IS NULL OR ${appMayHearSql({
           council: 'e.council_id',
           organisation: 'w.organisation_id',
           eventOrganisation: 'e.organisation_id',
           person: 'e.person_id',
           scope: eventScopeSql('e.type'),
           at: '$1',
         })}) AS allowed
  FROM webhook_delivery d
  JOIN webhook_endpoint w ON w.id = d.endpoint_id
  JOIN domain_event e ON e.id = d.event_id
  WHERE d.status = 'PENDING' AND d.next_attempt_at <= $1 AND w.disabled_at IS NULL
    AND NOT EXISTS (
      SELECT 1 FROM webhook_delivery p
      WHERE p.endpoint_id = d.endpoint_id AND p.person_id = d.person_id
        AND p.status = 'PENDING' AND p.event_position < d.event_position)
  ORDER BY d.event_position
  LIMIT $2
  FOR UPDATE OF d SKIP LOCKED`;

export function createDeliveryWorker(options: DeliveryWorkerOptions): DeliveryWorker {
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const batchSize = options.batchSize ?? 20;
  const datedEventsEveryMs = options.datedEventsEveryMs ?? 60_000;
  let datedEventsAt = Number.NEGATIVE_INFINITY;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  async function deliver(
    row: Claimed,
    councilId: string,
    at: Date,
  ): Promise<{ ok: boolean; statusCode: number | null; error: string | null; latencyMs: number }> {
    const body = JSON.stringify({
      id: row.event_id,
      type: row.type,
      version: row.version,
      occurredAt: row.occurred_at.toISOString(),
      council: encodeGlobalID('Council', councilId),
      data: row.payload,
    });
    const secrets = [row.secret];
    if (
      row.previous_secret &&
      row.previous_secret_valid_until &&
      row.previous_secret_valid_until > at
    ) {
      secrets.push(row.previous_secret);
    }
    const started = performance.now();
    try {
      const response = await send(row.url, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'OpenPB-Webhooks/1',
          [SIGNATURE_HEADER]: signatureHeader(body, secrets, at),
          'OpenPB-Event-Id': row.event_id,
          'OpenPB-Event-Type': row.type,
        },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      await response.body?.cancel().catch(() => undefined);
      const latencyMs = Math.round(performance.now() - started);
      const ok = response.status >= 200 && response.status < 300;
      return {
        ok,
        statusCode: response.status,
        error: ok ? null : `HTTP ${response.status}`,
        latencyMs,
      };
    } catch (error) {
      const latencyMs = Math.round(performance.now() - started);
      const name = error instanceof Error ? error.name : 'Error';
      const message =
        name === 'TimeoutError'
          ? `timed out after ${timeoutMs} ms`
          : `${name}: ${String((error as Error)?.message ?? error)}`.slice(0, 300);
      return { ok: false, statusCode: null, error: message, latencyMs };
    }
  }

  async function passCouncil(
    councilId: string,
    result: { attempted: number; succeeded: number; failed: number; skipped: number },
  ) {
    const client = await options.databases.forCouncil(councilId).pool.connect();
    try {
      await client.query('BEGIN');
      const at = now();
      const { rows } = await client.query<Claimed>(CLAIM, [at, batchSize]);
      const outcomes = await Promise.all(
        rows.map(async (row) =>
          row.allowed ? { row, sent: await deliver(row, councilId, at) } : { row, sent: null },
        ),
      );
      const disabled = new Set<string>();
      for (const { row, sent } of outcomes) {
        if (!sent) {
          result.skipped++;
          await client.query(
            `UPDATE webhook_delivery SET status = 'SKIPPED', last_error = $2 WHERE id = $1`,
            [
              row.id,
              'The app may no longer hear of this person (delegation revoked, ended or narrowed)',
            ],
          );
          continue;
        }
        result.attempted++;
        const attempts = row.attempts + 1;
        await client.query(
          `INSERT INTO webhook_delivery_attempt (council_id, delivery_id, attempted_at, status_code, error, latency_ms)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [councilId, row.id, at, sent.statusCode, sent.error, sent.latencyMs],
        );
        if (sent.ok) {
          result.succeeded++;
          await client.query(
            `UPDATE webhook_delivery SET status = 'SUCCEEDED', attempts = $2, last_attempt_at = $3,
               last_status_code = $4, last_error = NULL, last_latency_ms = $5, delivered_at = $3 WHERE id = $1`,
            [row.id, attempts, at, sent.statusCode, sent.latencyMs],
          );
          await client.query(
            `UPDATE webhook_endpoint SET consecutive_failures = 0, failing_since = NULL WHERE id = $1`,
            [row.endpoint_id],
          );
          continue;
        }
        result.failed++;
        const giveUp = attempts >= MAX_ATTEMPTS;
        await client.query(
          `UPDATE webhook_delivery SET status = $2, attempts = $3, last_attempt_at = $4, last_status_code = $5,
             last_error = $6, last_latency_ms = $7, next_attempt_at = $8 WHERE id = $1`,
          [
            row.id,
            giveUp ? 'FAILED' : 'PENDING',
            attempts,
            at,
            sent.statusCode,
            sent.error,
            sent.latencyMs,
            new Date(at.getTime() + (giveUp ? 0 : retryDelayMs(attempts, random))),
          ],
        );
        const { rows: endpoint } = await client.query<{
          failing_since: Date;
          consecutive_failures: number;
        }>(
          `UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1,
             failing_since = coalesce(failing_since, $2) WHERE id = $1
           RETURNING failing_since, consecutive_failures`,
          [row.endpoint_id, at],
        );
        const state = endpoint[0];
        if (
          state &&
          !disabled.has(row.endpoint_id) &&
          state.consecutive_failures >= DISABLE_AFTER_FAILURES &&
          at.getTime() - state.failing_since.getTime() >= DISABLE_AFTER_MS
        ) {
          disabled.add(row.endpoint_id);
          await client.query(
            `UPDATE webhook_endpoint SET disabled_at = $2, disabled_reason = $3 WHERE id = $1 AND disabled_at IS NULL`,
            [
              row.endpoint_id,
              at,
              `Deliveries failed for over 24 hours (${state.consecutive_failures} attempts)`,
            ],
          );
          // the council hears of it: an event on its other endpoints and subscriptions
          const events = new EventCollector();
          events.emit('webhook_endpoint.disabled', {
            id: row.endpoint_id,
            organisationId: row.endpoint_organisation_id,
          });
          const insert = domainEventInsert(events.collect(null), councilId, at, null);
          await client.query(insert.text, insert.values);
        }
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async function runOnce(): Promise<PassResult> {
    const result = { attempted: 0, succeeded: 0, failed: 0, skipped: 0 };
    // the events of a date passing first, so that this pass delivers them too (D74)
    const at = now();
    if (at.getTime() - datedEventsAt >= datedEventsEveryMs) {
      datedEventsAt = at.getTime();
      await recordDatedEvents(options.databases, at);
    }
    const { rows } = await options.databases.outsideTenancy.pool.query<{ council_id: string }>(
      'SELECT openpb_councils_with_due_webhook_deliveries($1) AS council_id',
      [now()],
    );
    for (const { council_id } of rows) await passCouncil(council_id, result);
    return result;
  }

  return {
    runOnce,
    start(intervalMs = 1000) {
      const tick = () => {
        running = runOnce()
          .catch((error) => options.onError?.(error))
          .finally(() => {
            if (timer) {
              timer = setTimeout(tick, intervalMs);
              timer.unref?.();
            }
          });
      };
      timer = setTimeout(tick, intervalMs);
      timer.unref?.();
    },
    async stop() {
      const pending = timer;
      timer = undefined;
      if (pending) clearTimeout(pending);
      await running;
    },
  };
}
