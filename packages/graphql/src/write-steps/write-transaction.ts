import type { Prisma } from '@openpb/db/client';
import { auditInsert } from '../audit/audit-rows-sql.ts';
import type { GraphQLContext } from '../context.ts';
import { ApiError } from '../errors/api-error.ts';
import { domainEventInsert, EventCollector } from '../events/event-collector.ts';

/**
 * A mutation's transaction: runs `work` and appends the mutation's WRITE audit row in the same
 * transaction, so that a write and its audit row commit together or not at all, even if the
 * process dies the moment after the commit (docs/decisions.md D18). A business
 * failure thrown by `work` rolls everything back; the audit plugin then records the failure with
 * the request's other rows, as it records reads and refusals (group commit).
 *
 * The transactional outbox (D35): `work` names its domain events on `events`
 * (`events.fromResult('delegation.revoked')`, or `events.emit(type, row)`), and they are inserted
 * here, after the work and before the commit, so an event exists exactly when its change does.
 */
export async function writeTransaction<T>(
  context: GraphQLContext,
  /** The mutation's field name, as the audit plugin names its row (e.g. "createPerson"). */
  field: string,
  work: (tx: Prisma.TransactionClient, events: EventCollector) => Promise<T>,
): Promise<T> {
  const { audit, viewer } = context;
  let entry: ReturnType<typeof audit.writeEntry> | undefined;
  const result = await context.db.$transaction(async (tx) => {
    const events = new EventCollector();
    const done = await work(tx, events);
    if (!(done instanceof ApiError)) {
      const pending = events.collect(done);
      if (pending.length > 0) {
        const insert = domainEventInsert(
          pending,
          viewer.councilId,
          context.now(),
          context.requestId,
        );
        await tx.$executeRawUnsafe(insert.text, ...insert.values);
      }
    }
    entry = audit.writeEntry(field, done instanceof ApiError ? done.code : 'OK');
    const { text, values } = auditInsert([
      {
        actor: {
          councilId: viewer.councilId,
          subject: viewer.subject,
          requestId: context.requestId,
        },
        entry,
      },
    ]);
    await tx.$executeRawUnsafe(text, ...values);
    return done;
  });
  if (entry) audit.stored(entry);
  return result;
}
