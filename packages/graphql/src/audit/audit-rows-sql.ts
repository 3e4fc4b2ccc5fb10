import type { AuditEntry } from './audit-trail.ts';

/** Who an audit row is about: the caller's council (none before it is known) and identity. */
export interface AuditActor {
  readonly councilId: string | null;
  readonly subject: string;
  /** The request's id (X-Request-Id), so that a row can be matched with the request's logs. */
  readonly requestId?: string | null | undefined;
}

export interface AuditRow {
  readonly actor: AuditActor;
  readonly entry: AuditEntry;
}

/** The audit log and its columns as every INSERT of audit rows names them, in this order. */
export const AUDIT_LOG_INSERT_TARGET = `audit_log (council_id, actor_subject, kind, operation, entity, entity_ids,
       outcome, acting_for_person_id, delegation_id, request_id)`;

/** Columns of one audit row in the INSERT (PostgreSQL takes at most 65,535 parameters). */
export const AUDIT_COLUMNS = 10;

/**
 * One INSERT of audit rows into the append-only audit_log, as text and parameters: written by
 * the group commit of reads and refusals (apps/api) and inside each write's own transaction
 * (write-steps/write-transaction.ts).
 */
export function auditInsert(
  rows: readonly AuditRow[],
  /** The number of its first parameter, when it runs within another statement (D110). */
  firstParameter = 1,
): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const tuples = rows.map(({ actor, entry }, index) => {
    values.push(
      actor.councilId,
      actor.subject,
      entry.kind,
      entry.operation,
      entry.entity,
      [...entry.entityIds],
      entry.outcome,
      entry.actingForPersonId ?? null,
      entry.delegationId ?? null,
      actor.requestId ?? null,
    );
    const $ = (column: number) => `$${firstParameter - 1 + index * AUDIT_COLUMNS + column}`;
    return `(${$(1)}::uuid, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}::uuid[], ${$(7)}, ${$(8)}::uuid, ${$(9)}::uuid, ${$(10)})`;
  });
  return {
    text: `INSERT INTO ${AUDIT_LOG_INSERT_TARGET}
     VALUES ${tuples.join(', ')}`,
    values,
  };
}
