import type { Prisma } from '@openpb/db/client';
import type { SqlQuery } from '@openpb/db/sql-query';
import { auditInsert } from '../audit/audit-rows-sql.ts';
import type { AuditEntry } from '../audit/audit-trail.ts';
import type { GraphQLContext } from '../context.ts';
import { ApiError } from '../errors/api-error.ts';
import { domainEventInsert, EventCollector } from '../events/event-collector.ts';
import { statementsOf } from './transaction-statements.ts';

type Work<Tx, T> = (tx: Tx, events: EventCollector) => Promise<T>;

/**
 * A mutation's transaction on node-postgres (D106): runs `work` and appends the mutation's WRITE
 * audit row in the same transaction, so that a write and its audit row commit together or not at
 * all, even if the process dies the moment after the commit (docs/decisions.md D18). A business
 * failure thrown by `work` rolls everything back; the audit plugin then records the failure with
 * the request's other rows, as it records reads and refusals (group commit).
 *
 * The transactional outbox (D35): `work` names its domain events on `events`
 * (`events.fromResult('delegation.revoked')`, or `events.emit(type, row)`), and they are inserted
 * here, after the work and before the commit, so an event exists exactly when its change does.
 */
export function sqlWriteTransaction<T>(
  context: GraphQLContext,
  /** The mutation's field name, as the audit plugin names its row (e.g. "createPerson"). */
  field: string,
  work: Work<SqlQuery, T>,
): Promise<T> {
  return recordedTransaction(context, field, context.transaction, (sql) => sql, work);
}

/** The same on a Prisma transaction, for the mutations whose steps still use Prisma (D106). */
export function writeTransaction<T>(
  context: GraphQLContext,
  field: string,
  work: Work<Prisma.TransactionClient, T>,
): Promise<T> {
  return recordedTransaction(
    context,
    field,
    (body) => context.db.$transaction(body),
    statementsOf,
    work,
  );
}

async function recordedTransaction<Tx, T>(
  context: GraphQLContext,
  field: string,
  begin: (body: (tx: Tx) => Promise<T>) => Promise<T>,
  statements: (tx: Tx) => SqlQuery,
  work: Work<Tx, T>,
): Promise<T> {
  let entry: AuditEntry | undefined;
  const result = await begin(async (tx) => {
    const events = new EventCollector();
    const done = await work(tx, events);
    entry = await appendWriteRecords(statements(tx), context, field, done, events);
    return done;
  });
  if (entry) context.audit.stored(entry);
  return result;
}

/** The write's domain events (unless it answered a business error) and its WRITE audit row. */
async function appendWriteRecords(
  sql: SqlQuery,
  context: GraphQLContext,
  field: string,
  done: unknown,
  events: EventCollector,
): Promise<AuditEntry> {
  const { audit, viewer } = context;
  if (!(done instanceof ApiError)) {
    const pending = events.collect(done);
    if (pending.length > 0) {
      const insert = domainEventInsert(pending, viewer.councilId, context.now(), context.requestId);
      await sql(insert.text, insert.values, 'write_domain_events');
    }
  }
  const entry = audit.writeEntry(field, done instanceof ApiError ? done.code : 'OK');
  const { text, values } = auditInsert([
    {
      actor: { councilId: viewer.councilId, subject: viewer.subject, requestId: context.requestId },
      entry,
    },
  ]);
  await sql(text, values, 'write_audit_row');
  return entry;
}
