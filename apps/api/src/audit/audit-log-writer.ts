import type { SqlQuery } from '@openpb/db/sql-query';
import { type AuditActor, type AuditRow, auditInsert } from '@openpb/graphql/audit/audit-rows-sql';
import type { AuditEntry } from '@openpb/graphql/audit/audit-trail';

interface Batch {
  readonly rows: AuditRow[];
  readonly waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

/**
 * The audit rows of concurrent requests, written with group commit: a request's rows go out in
 * the next INSERT (the one after the INSERT in flight, if there is one) and its promise settles
 * when that INSERT has, so that no response leaves before its audit rows are stored, yet ten
 * requests finishing together cost one statement, not ten (BENCHMARKS.md). Only rows
 * that record no committed change go this way (reads, refusals, failed writes): a crash between
 * a commit and this INSERT would lose the row of a change that happened, so a write's row is
 * stored in the write's own transaction instead (writeTransaction, docs/decisions.md D18).
 */
class AuditLogWriter {
  #next: Batch | null = null;
  #writing = false;

  constructor(private readonly query: SqlQuery) {}

  append(actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    this.#next ??= { rows: [], waiters: [] };
    const batch = this.#next;
    for (const entry of entries) batch.rows.push({ actor, entry });
    const stored = new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }));
    if (!this.#writing) {
      this.#writing = true;
      // the requests that finish in this turn of the event loop join the first INSERT
      setImmediate(() => void this.#writeAll());
    }
    return stored;
  }

  async #writeAll(): Promise<void> {
    for (let batch = this.#next; batch; batch = this.#next) {
      this.#next = null;
      try {
        await insertRows(this.query, batch.rows);
        for (const waiter of batch.waiters) waiter.resolve();
      } catch (error) {
        for (const waiter of batch.waiters) waiter.reject(error);
      }
    }
    this.#writing = false;
  }
}

/**
 * One INSERT of audit rows, through node-postgres: Prisma's createMany compiles every entity id
 * into its query plan and wraps the insert in a transaction, and even its raw statements cost
 * more CPU than the insert costs PostgreSQL (BENCHMARKS.md). One prepared statement for any
 * number of rows (D112).
 */
async function insertRows(query: SqlQuery, rows: readonly AuditRow[]): Promise<void> {
  const { text, values } = auditInsert(rows);
  await query(text, values, 'openpb_audit');
}

/** One writer per set of connections: each council's pool may only write that council's rows. */
const writers = new WeakMap<SqlQuery, AuditLogWriter>();

/**
 * Appends a request's audit entries to the append-only audit_log; resolves once they are stored.
 * `query` is the connections of the actor's council (row-level security checks the rows' council).
 */
export function appendAuditEntries(
  query: SqlQuery,
  actor: AuditActor,
  entries: readonly AuditEntry[],
): Promise<void> {
  let writer = writers.get(query);
  if (!writer) {
    writer = new AuditLogWriter(query);
    writers.set(query, writer);
  }
  return writer.append(actor, entries);
}
