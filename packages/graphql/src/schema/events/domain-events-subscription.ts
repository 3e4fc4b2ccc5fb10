import type { PrismaClient } from '@openpb/db/client';
import type { SqlQuery } from '@openpb/db/sql-query';
import { builder } from '../../builder.ts';
import { appMayHearSql, eventScopeSql } from '../../events/app-event-visibility.ts';

/** An outbox row as the subscription reads it. */
interface DomainEventRow {
  readonly id: string;
  readonly position: bigint;
  readonly type: string;
  readonly version: number;
  readonly subject: string;
  readonly personId: string | null;
  readonly occurredAt: Date;
}

/** How often a subscription looks for new events in the outbox (D38). */
const POLL_MS = 500;

const DomainEventRef = builder.objectRef<DomainEventRow>('DomainEvent').implement({
  description:
    'A change in your council, from the transactional outbox (D35): ids, a type and a version, never personal details.',
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.string({
      description: 'Its place in the council’s order of events; resume after it with `after`.',
      resolve: (event) => event.position.toString(),
    }),
    type: t.exposeString('type', { description: 'e.g. "support_plan.approved".' }),
    version: t.exposeInt('version'),
    subject: t.exposeID('subject', { description: 'The global id of what changed (node(id:)).' }),
    person: t.globalID({
      nullable: true,
      resolve: (event) => (event.personId ? { type: 'Person', id: event.personId } : null),
    }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime' }),
  }),
});

builder.subscriptionType({});

builder.subscriptionField('domainEvents', (t) =>
  t.field({
    type: DomainEventRef,
    description:
      'The events of your council as they commit, over server-sent events (Accept: text/event-stream), for live screens: each changed record once, in commit order. `after` resumes after an event’s position; by default only events from now on. Staff hear every event of their council; a third-party app only what its webhooks would be sent (D36, D93): events of its own organisation, and of a person while a delegation from them holding the event type’s scope is in force, both when the event happened and now (nothing after revocation or the end date).',
    authScopes: { staff: true, thirdParty: true },
    args: {
      after: t.arg.string({ required: false }),
      types: t.arg.stringList({ required: false, description: 'Only these event types.' }),
    },
    // the starting position is taken when the subscription opens, not when first read
    subscribe: async (_root, args, context) =>
      domainEventStream(context, await startingPosition(context, args.after), args.types),
    resolve: (event: DomainEventRow) => event,
  }),
);

interface StreamContext {
  readonly db: PrismaClient;
  readonly query: SqlQuery;
  readonly now: () => Date;
  readonly viewer: { readonly councilId: string; readonly organisationId?: string | undefined };
}

/** What an app may hear (D93): the webhooks' rule, at the event and again now. */
const APP_MAY_HEAR = ['e.occurred_at', '$5']
  .map((at) =>
    appMayHearSql({
      council: 'e.council_id',
      organisation: '$4::uuid',
      eventOrganisation: 'e.organisation_id',
      person: 'e.person_id',
      scope: eventScopeSql('e.type'),
      at,
    }),
  )
  .join(' AND ');

/**
 * The council's events after a position ($2), of some types ($3, NULL: all), that the viewer may
 * hear: staff ($4 NULL) every one; an app ($4 its organisation) what APP_MAY_HEAR lets it ($5 now).
 */
const NEXT_EVENTS = `
  SELECT e.id, e.position::text AS position, e.type, e.version, e.subject,
         e.person_id AS "personId", e.occurred_at AS "occurredAt"
  FROM domain_event e
  WHERE e.council_id = $1::uuid AND e.position > $2::bigint
    AND ($3::text[] IS NULL OR e.type = ANY ($3::text[]))
    AND ($4::uuid IS NULL OR (${APP_MAY_HEAR}))
  ORDER BY e.position
  LIMIT 100`;

async function startingPosition(
  context: StreamContext,
  after: string | null | undefined,
): Promise<bigint> {
  if (after && /^\d+$/.test(after)) return BigInt(after);
  const { _max } = await context.db.domainEvent.aggregate({
    where: { councilId: context.viewer.councilId },
    _max: { position: true },
  });
  return _max.position ?? 0n;
}

/**
 * The council's events after `start`, polled every POLL_MS. An iterator of its own rather than an
 * async generator, so that a client going away (return()) stops it at once, even mid-wait.
 */
function domainEventStream(
  context: StreamContext,
  start: bigint,
  types: readonly string[] | null | undefined,
): AsyncIterableIterator<DomainEventRow> {
  const councilId = context.viewer.councilId;
  let position = start;
  let closed = false;
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;
  const buffered: DomainEventRow[] = [];
  const done = { done: true as const, value: undefined };
  const iterator: AsyncIterableIterator<DomainEventRow> = {
    [Symbol.asyncIterator]: () => iterator,
    async next() {
      while (!closed && buffered.length === 0) {
        const rows = await context.query<Omit<DomainEventRow, 'position'> & { position: string }>(
          NEXT_EVENTS,
          [
            councilId,
            position.toString(),
            types && types.length > 0 ? [...types] : null,
            context.viewer.organisationId ?? null,
            context.now(),
          ],
        );
        const events = rows.map((row) => ({ ...row, position: BigInt(row.position) }));
        if (closed) break;
        buffered.push(...events);
        const last = events.at(-1);
        if (last) position = last.position;
        if (events.length === 0) {
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, POLL_MS);
          });
        }
      }
      const event = buffered.shift();
      return closed || !event ? done : { done: false, value: event };
    },
    async return() {
      closed = true;
      if (timer) clearTimeout(timer);
      wake?.();
      return done;
    },
  };
  return iterator;
}
