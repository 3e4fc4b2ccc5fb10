import type { TenantDatabases } from '@openpb/db/tenant-databases';
import { domainEventInsert, EventCollector } from '@openpb/graphql/events/event-collector';

/**
 * The events of a date passing (D74): `review.due` when a review's due date comes and it is
 * neither recorded nor cancelled, `delegation.expired` the day after a delegation's last day (not
 * revoked). No change commits them, so the delivery worker's pass records each once, on the
 * council's own connections, under a per-council lock (two workers never record one twice), with
 * the outbox's own statement (so they are routed to endpoints like any other, D36). Returns how
 * many it recorded.
 */
export async function recordDatedEvents(databases: TenantDatabases, at: Date): Promise<number> {
  const { rows: councils } = await databases.outsideTenancy.pool.query<{ council_id: string }>(
    'SELECT openpb_councils_with_dated_events_due($1) AS council_id',
    [at],
  );
  let recorded = 0;
  for (const { council_id: councilId } of councils) {
    const client = await databases.forCouncil(councilId).pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [
        `dated-events:${councilId}`,
      ]);
      const { rows: reviews } = await client.query<{ id: string; person_id: string }>(
        `SELECT r.id, r.person_id FROM review r
         WHERE r.completed_date IS NULL AND r.cancelled_on IS NULL
           AND r.due_date <= ($1::timestamptz AT TIME ZONE 'Europe/London')::date
           AND NOT EXISTS (SELECT 1 FROM domain_event e WHERE e.council_id = r.council_id
             AND e.type = 'review.due'
             AND e.subject = encode(convert_to('Review:' || r.id::text, 'UTF8'), 'base64'))
         ORDER BY r.due_date, r.id`,
        [at],
      );
      const { rows: delegations } = await client.query<{
        id: string;
        person_id: string;
        organisation_id: string;
      }>(
        `SELECT d.id, d.person_id, d.organisation_id FROM delegation d
         WHERE d.revoked_at IS NULL AND d.valid_to < ($1::timestamptz AT TIME ZONE 'Europe/London')::date
           AND NOT EXISTS (SELECT 1 FROM domain_event e WHERE e.council_id = d.council_id
             AND e.type = 'delegation.expired'
             AND e.subject = encode(convert_to('Delegation:' || d.id::text, 'UTF8'), 'base64'))
         ORDER BY d.valid_to, d.id`,
        [at],
      );
      const events = new EventCollector();
      for (const review of reviews) {
        events.emit('review.due', { id: review.id, personId: review.person_id });
      }
      for (const delegation of delegations) {
        events.emit('delegation.expired', {
          id: delegation.id,
          personId: delegation.person_id,
          organisationId: delegation.organisation_id,
        });
      }
      const pending = events.collect(null);
      if (pending.length > 0) {
        const insert = domainEventInsert(pending, councilId, at, null);
        await client.query(insert.text, insert.values);
      }
      await client.query('COMMIT');
      recorded += pending.length;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
  return recorded;
}
