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

/**
 * One INSERT of audit rows into the append-only audit_log, as text and parameters: written by
 * the group commit of reads and refusals (apps/api) and inside each write's own transaction
 * (write-steps/write-transaction.ts). One array per column (`unnest`), so the text is the same for
 * any number of rows and PostgreSQL plans it once per connection (D112): each row's entity ids
 * are a slice of one array of them all.
 */
export function auditInsert(
  rows: readonly AuditRow[],
  /** The number of its first parameter, when it runs within another statement (D110). */
  firstParameter = 1,
): { text: string; values: unknown[] } {
  const $ = (column: number) => `$${firstParameter - 1 + column}`;
  const ids: string[] = [];
  const idFrom: number[] = [];
  const idTo: number[] = [];
  for (const { entry } of rows) {
    idFrom.push(ids.length + 1);
    for (const id of entry.entityIds) ids.push(id);
    idTo.push(ids.length);
  }
  return {
    text: `INSERT INTO ${AUDIT_LOG_INSERT_TARGET}
     SELECT r.council_id, r.actor_subject, r.kind, r.operation, r.entity, (${$(6)}::uuid[])[r.id_from:r.id_to],
            r.outcome, r.acting_for_person_id, r.delegation_id, r.request_id
       FROM unnest(${$(1)}::uuid[], ${$(2)}::text[], ${$(3)}::text[], ${$(4)}::text[], ${$(5)}::text[],
                   ${$(7)}::int[], ${$(8)}::int[], ${$(9)}::text[], ${$(10)}::uuid[], ${$(11)}::uuid[], ${$(12)}::text[])
         AS r(council_id, actor_subject, kind, operation, entity, id_from, id_to, outcome,
              acting_for_person_id, delegation_id, request_id)`,
    values: [
      rows.map(({ actor }) => actor.councilId),
      rows.map(({ actor }) => actor.subject),
      rows.map(({ entry }) => entry.kind),
      rows.map(({ entry }) => entry.operation),
      rows.map(({ entry }) => entry.entity),
      ids,
      idFrom,
      idTo,
      rows.map(({ entry }) => entry.outcome),
      rows.map(({ entry }) => entry.actingForPersonId ?? null),
      rows.map(({ entry }) => entry.delegationId ?? null),
      rows.map(({ actor }) => actor.requestId ?? null),
    ],
  };
}

/**
 * A write's own audit row (write-steps/write-transaction.ts): always one row, so a VALUES list
 * has one text too, and it costs PostgreSQL less to execute than `unnest` of twelve one-element
 * arrays (BENCHMARKS.md, 2026-12-06). `firstParameter` as for auditInsert.
 */
export function auditRowInsert(
  { actor, entry }: AuditRow,
  firstParameter = 1,
): { text: string; values: unknown[] } {
  const $ = (column: number) => `$${firstParameter - 1 + column}`;
  return {
    text: `INSERT INTO ${AUDIT_LOG_INSERT_TARGET}
     VALUES (${$(1)}::uuid, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}::uuid[], ${$(7)}, ${$(8)}::uuid, ${$(9)}::uuid, ${$(10)})`,
    values: [
      actor.councilId,
      actor.subject,
      entry.kind,
      entry.operation,
      entry.entity,
      entry.entityIds,
      entry.outcome,
      entry.actingForPersonId ?? null,
      entry.delegationId ?? null,
      actor.requestId ?? null,
    ],
  };
}
