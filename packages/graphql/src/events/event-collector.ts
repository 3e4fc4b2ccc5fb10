import { randomUUID } from 'node:crypto';
import { DOMAIN_EVENTS, type DomainEventType } from '@openpb/domain/events/domain-event-type';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { appMayHearSql } from './app-event-visibility.ts';

/** What an event is about: its subject's row id and, when there is one, the person's id. */
export interface EventSubject {
  readonly id: string;
  readonly personId?: string | null;
  /** The organisation it concerns (a delegation's, an API client's), whose apps hear of it. */
  readonly organisationId?: string | null;
}

/** Ids only (D35): other rows the receiver may look up, never a name, a date of birth or an amount. */
export type EventIds = Readonly<Record<string, string | null>>;

export interface PendingEvent {
  readonly id: string;
  readonly type: DomainEventType;
  readonly version: number;
  readonly personId: string | null;
  readonly organisationId: string | null;
  readonly subject: string;
  readonly payload: Readonly<Record<string, unknown>>;
}

/**
 * A mutation's domain events (D35), collected while its work runs and inserted
 * by writeTransaction in the same transaction, before it commits. `emit` records an event now;
 * `fromResult` records one of the work's result (a row with `id` and, when it has one,
 * `personId`), or of what `pick` takes from it. An ApiError result records none.
 */
export class EventCollector {
  readonly #events: PendingEvent[] = [];
  readonly #fromResult: { type: DomainEventType; pick: (result: unknown) => EventSubject }[] = [];

  emit(type: DomainEventType, subject: EventSubject, ids: EventIds = {}): void {
    const spec = DOMAIN_EVENTS[type];
    const personId = subject.personId ?? (spec.subject === 'Person' ? subject.id : null);
    // an event under a delegation scope is heard by apps through its person only (D93)
    if (spec.scope !== null && personId === null) {
      throw new Error(`The ${type} event must name its person: apps hear of it through them`);
    }
    const globalId = encodeGlobalID(spec.subject, subject.id);
    this.#events.push({
      id: uuidV7(),
      type,
      version: spec.version,
      personId,
      organisationId: subject.organisationId ?? null,
      subject: globalId,
      payload: {
        subject: globalId,
        ...(personId ? { person: encodeGlobalID('Person', personId) } : {}),
        ...(subject.organisationId
          ? { organisation: encodeGlobalID('Organisation', subject.organisationId) }
          : {}),
        ...ids,
      },
    });
  }

  fromResult<R = EventSubject>(type: DomainEventType, pick?: (result: R) => EventSubject): void {
    this.#fromResult.push({
      type,
      pick: (pick ?? ((result: EventSubject) => result)) as (result: unknown) => EventSubject,
    });
  }

  /** The work changed nothing (it repeated an idempotent call, D108): it records no event. */
  drop(): void {
    this.#events.length = 0;
    this.#fromResult.length = 0;
  }

  /** The events to insert, once the work returned `result`. */
  collect(result: unknown): PendingEvent[] {
    for (const { type, pick } of this.#fromResult) this.emit(type, pick(result));
    this.#fromResult.length = 0;
    return this.#events;
  }
}

/**
 * A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits, taken from a
 * version 4 UUID (Node's `randomUUID` draws from a cached entropy pool, where `randomBytes` makes
 * a call into the system for every id; its variant bits are already v7's).
 */
export function uuidV7(now = Date.now()): string {
  const random = randomUUID();
  const time = now.toString(16).padStart(12, '0');
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.slice(15, 18)}-${random.slice(19, 23)}-${random.slice(24)}`;
}

/** How many parameters the events' statement takes: a statement run with it numbers its own after. */
export const DOMAIN_EVENT_PARAMETERS = 11;

/**
 * One statement for a transaction's events (none: no statement): inserts them in order and, in
 * the same statement, a pending delivery to each enabled webhook endpoint that may hear of each
 * (D36): a council system's endpoint hears every event it filters for; a third-party app's only
 * what appMayHearSql lets it hear (D93). `alongside`, a data-modifying statement whose parameters
 * start at DOMAIN_EVENT_PARAMETERS + 1 (a write's audit row), runs in the same statement: one
 * round trip instead of two (D110).
 */
export function domainEventInsert(
  events: readonly PendingEvent[],
  councilId: string,
  occurredAt: Date,
  requestId: string | null,
  alongside?: { readonly text: string; readonly values: readonly unknown[] },
): { text: string; values: unknown[] } {
  const text = `WITH ${alongside ? `alongside AS (${alongside.text}), ` : ''}input AS (
      SELECT * FROM unnest($4::uuid[], $5::text[], $6::int[], $7::uuid[], $8::uuid[], $9::text[], $10::jsonb[], $11::text[])
        WITH ORDINALITY AS e(id, type, version, person_id, organisation_id, subject, payload, scope, n)
    ), inserted AS (
      INSERT INTO domain_event (id, council_id, type, version, person_id, organisation_id, subject, occurred_at, payload, request_id)
      SELECT id, $1::uuid, type, version, person_id, organisation_id, subject, $2::timestamptz, payload, $3
      FROM input ORDER BY n
      RETURNING id, position
    )
    INSERT INTO webhook_delivery (council_id, endpoint_id, event_id, event_position, person_id, next_attempt_at)
    SELECT $1::uuid, w.id, e.id, i.position, e.person_id, $2::timestamptz
    FROM input e
    JOIN inserted i ON i.id = e.id
    JOIN webhook_endpoint w ON w.council_id = $1::uuid AND w.disabled_at IS NULL
      AND (cardinality(w.event_types) = 0 OR e.type = ANY (w.event_types))
    WHERE w.organisation_id IS NULL
       OR ${appMayHearSql({
         council: '$1::uuid',
         organisation: 'w.organisation_id',
         eventOrganisation: 'e.organisation_id',
         person: 'e.person_id',
         scope: 'e.scope',
         at: '$2',
       })}`;
  return {
    text,
    values: [
      councilId,
      occurredAt,
      requestId,
      events.map((e) => e.id),
      events.map((e) => e.type),
      events.map((e) => e.version),
      events.map((e) => e.personId),
      events.map((e) => e.organisationId),
      events.map((e) => e.subject),
      events.map((e) => JSON.stringify(e.payload)),
      events.map((e) => DOMAIN_EVENTS[e.type].scope),
      ...(alongside?.values ?? []),
    ],
  };
}
