import type { Prisma } from '@openpb/db/client';
import type { SqlQuery } from '@openpb/db/sql-query';
import { auditRowInsert } from '../audit/audit-rows-sql.ts';
import type { AuditEntry } from '../audit/audit-trail.ts';
import type { GraphQLContext } from '../context.ts';
import { ApiError } from '../errors/api-error.ts';
import {
  DOMAIN_EVENT_PARAMETERS,
  domainEventInsert,
  EventCollector,
} from '../events/event-collector.ts';
import { statementsOf } from './transaction-statements.ts';

type Work<Tx, T> = (tx: Tx, events: EventCollector) => Promise<T>;

/**
 * The personal-data type (PERSONAL_DATA_TYPES) of the record the work returns, when the mutation
 * answers with the record it wrote: its WRITE row names the record, and that row stands for the
 * answer's read of the same record, which writes no READ row of its own (D107).
 */
type WrittenRecord = string | undefined;

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
  written?: WrittenRecord,
): Promise<T> {
  return recordedTransaction(context, field, context.transaction, (sql) => sql, work, written);
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
    undefined,
  );
}

async function recordedTransaction<Tx, T>(
  context: GraphQLContext,
  field: string,
  begin: (body: (tx: Tx) => Promise<T>) => Promise<T>,
  statements: (tx: Tx) => SqlQuery,
  work: Work<Tx, T>,
  written: WrittenRecord,
): Promise<T> {
  let entry: AuditEntry | undefined;
  const result = await begin(async (tx) => {
    const events = new EventCollector();
    const done = await work(tx, events);
    const record = written ? writtenRecord(written, done) : undefined;
    entry = await appendWriteRecords(statements(tx), context, field, done, events, record);
    return done;
  });
  if (entry) {
    context.audit.stored(entry);
    const [id] = entry.entityIds;
    if (entry.entity && id) context.audit.readStored(entry.entity, id);
  }
  return result;
}

/** The record `done` is, when it is one (a business error is not). */
function writtenRecord(entity: string, done: unknown) {
  if (done instanceof ApiError) return undefined;
  const id = (done as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? { entity, id } : undefined;
}

/** The write's domain events (unless it answered a business error) and its WRITE audit row. */
async function appendWriteRecords(
  sql: SqlQuery,
  context: GraphQLContext,
  field: string,
  done: unknown,
  events: EventCollector,
  record: { entity: string; id: string } | undefined,
): Promise<AuditEntry> {
  const { audit, viewer } = context;
  const pending = done instanceof ApiError ? [] : events.collect(done);
  const entry = audit.writeEntry(field, done instanceof ApiError ? done.code : 'OK', record);
  const auditRow = {
    actor: { councilId: viewer.councilId, subject: viewer.subject, requestId: context.requestId },
    entry,
  };
  if (pending.length === 0) {
    const { text, values } = auditRowInsert(auditRow);
    await sql(text, values, 'write_audit_row');
    return entry;
  }
  // the events and the audit row in one statement
  const insert = domainEventInsert(
    pending,
    viewer.councilId,
    context.now(),
    context.requestId,
    auditRowInsert(auditRow, DOMAIN_EVENT_PARAMETERS + 1),
  );
  await sql(insert.text, insert.values, 'write_domain_events_and_audit_row');
  return entry;
}
