import { DOMAIN_EVENT_TYPES, DOMAIN_EVENTS } from '@openpb/domain/events/domain-event-type';

/** SQL expressions the rule is written over (column names or parameters of the caller's statement). */
export interface AppEventTerms {
  /** The council the event belongs to. */
  readonly council: string;
  /** The app's organisation. */
  readonly organisation: string;
  /** The event's organisation (a delegation's, an API client's, an endpoint's), or NULL. */
  readonly eventOrganisation: string;
  /** The person the event is about, or NULL. */
  readonly person: string;
  /** The scope the event type needs (eventScopeSql), NULL for council systems only. */
  readonly scope: string;
  /** The instant the delegation must be in force at (a timestamptz). */
  readonly at: string;
}

/**
 * Whether a third-party app may hear of an event (D36, D93): the one rule for its webhook
 * deliveries (routed when the event commits, checked again before each send) and for its
 * `domainEvents` subscription. An app hears of its own organisation (its delegations, however
 * they ended, its API clients and endpoints), and of a person only while a delegation from that
 * person to its organisation is in force at `at` (not revoked, within its dates, as a London
 * date) and holds the event type's scope. Council-only types (scope NULL) never reach an app
 * through a person.
 */
export function appMayHearSql(terms: AppEventTerms): string {
  const day = `((${terms.at})::timestamptz AT TIME ZONE 'Europe/London')::date`;
  return `(COALESCE(${terms.eventOrganisation} = ${terms.organisation}, false)
    OR (${terms.scope} IS NOT NULL AND EXISTS (
      SELECT 1 FROM delegation d
      WHERE d.council_id = ${terms.council} AND d.person_id = ${terms.person}
        AND d.organisation_id = ${terms.organisation} AND d.revoked_at IS NULL
        AND d.valid_from <= ${day} AND (d.valid_to IS NULL OR d.valid_to >= ${day})
        AND ${terms.scope} = ANY (d.scopes))))`;
}

/**
 * The scope an event type needs, as SQL over the type's column: a CASE written from
 * DOMAIN_EVENTS (the domain's one table of types and scopes), NULL for council-only types.
 */
export function eventScopeSql(type: string): string {
  const scoped = DOMAIN_EVENT_TYPES.flatMap((name) => {
    const scope = DOMAIN_EVENTS[name].scope;
    return scope ? [`WHEN '${name}' THEN '${scope}'`] : [];
  });
  return `(CASE ${type} ${scoped.join(' ')} END)`;
}
