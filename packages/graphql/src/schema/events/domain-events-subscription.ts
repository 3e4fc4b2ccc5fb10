import type { Prisma, PrismaClient } from '@openpb/db/client';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';

type DomainEventRow = Prisma.DomainEventGetPayload<object>;

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
      'The events of your council as they commit, over server-sent events (Accept: text/event-stream), for staff screens: each changed record once, in commit order. `after` resumes after an event’s position; by default only events from now on. Staff only.',
    authScopes: STAFF_ONLY,
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
  readonly viewer: { readonly councilId: string };
}

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
        const events = await context.db.domainEvent.findMany({
          where: {
            councilId,
            position: { gt: position },
            ...(types && types.length > 0 ? { type: { in: [...types] } } : {}),
          },
          orderBy: { position: 'asc' },
          take: 100,
        });
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
