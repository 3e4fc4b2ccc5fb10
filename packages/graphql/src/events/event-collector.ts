import { randomBytes } from 'node:crypto';
import { DOMAIN_EVENTS, type DomainEventType } from '@openpb/domain/events/domain-event-type';
import { encodeGlobalID } from '@pothos/plugin-relay';

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
 * A mutation's domain events (issue 14 item 1, D35), collected while its work runs and inserted
 * by writeTransaction in the same transaction, before it commits. `emit` records an event now;
 * `fromResult` records one of the work's result (a row with `id` and, when it has one,
 * `personId`), or of what `pick` takes from it. An ApiError result records none.
 */
export class EventCollector {
  readonly #events: PendingEvent[] = [];
  readonly #fromResult: { type: DomainEventType; pick: (result: never) => EventSubject }[] = [];

  emit(type: DomainEventType, subject: EventSubject, ids: EventIds = {}): void {
    const spec = DOMAIN_EVENTS[type];
    const personId = subject.personId ?? (spec.subject === 'Person' ? subject.id : null);
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
      pick: (pick ?? ((result: EventSubject) => result)) as (result: never) => EventSubject,
    });
  }

  /** The events to insert, once the work returned `result`. */
  collect(result: unknown): PendingEvent[] {
    for (const { type, pick } of this.#fromResult) this.emit(type, pick(result as never));
    this.#fromResult.length = 0;
    return this.#events;
  }
}

/** A UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. */
export function uuidV7(now = Date.now()): string {
  const bytes = randomBytes(16);
  bytes.writeUIntBE(now, 0, 6);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** One INSERT of a transaction's events (none: no statement). */
export function domainEventInsert(
  events: readonly PendingEvent[],
  councilId: string,
  occurredAt: Date,
  requestId: string | null,
): { text: string; values: unknown[] } {
  const text = `INSERT INTO domain_event (id, council_id, type, version, person_id, organisation_id, subject, occurred_at, payload, request_id)
    SELECT e.id, $1::uuid, e.type, e.version, e.person_id, e.organisation_id, e.subject, $2::timestamptz, e.payload, $3
    FROM unnest($4::uuid[], $5::text[], $6::int[], $7::uuid[], $8::uuid[], $9::text[], $10::jsonb[])
      WITH ORDINALITY AS e(id, type, version, person_id, organisation_id, subject, payload, n)
    ORDER BY e.n`;
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
    ],
  };
}
