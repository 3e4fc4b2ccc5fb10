/** One row of the audit log, as written at the end of a request. */
export interface AuditEntry {
  readonly kind: 'READ' | 'WRITE' | 'DENIAL';
  readonly operation: string;
  readonly entity: string | null;
  readonly entityIds: readonly string[];
  readonly outcome: string;
  /** For a third-party write: the person it acts for and the delegation it acts under. */
  readonly actingForPersonId?: string | null;
  readonly delegationId?: string | null;
}

/**
 * What one request touched: the ids of the personal-data records it read (grouped by type),
 * the writes it attempted and the refusals it met. The API writes it to the append-only
 * audit_log when the request ends, whatever its outcome; a write that commits is audited inside
 * its own transaction instead (write-steps/write-transaction.ts), so the two commit together.
 */
export class AuditTrail {
  readonly #reads = new Map<string, Set<string>>();
  readonly #events: AuditEntry[] = [];
  /** Reads whose row the read's own statement stored (D105), as `entity\nid`. */
  readonly #storedReads = new Set<string>();
  /** Writes already stored inside their own transaction (writeTransaction), by operation and outcome. */
  readonly #stored = new Map<string, number>();

  #actingFor: { readonly actingForPersonId: string; readonly delegationId: string } | null = null;

  /** The GraphQL operation's name, once the document is parsed ('anonymous' when it has none). */
  operationName = 'anonymous';

  /** A third-party app acts for this person under this delegation: its writes and refusals say so. */
  actFor(personId: string, delegationId: string): void {
    this.#actingFor = { actingForPersonId: personId, delegationId };
  }

  read(entity: string, id: string): void {
    if (this.#storedReads.size > 0 && this.#storedReads.has(`${entity}\n${id}`)) return;
    let ids = this.#reads.get(entity);
    if (!ids) {
      ids = new Set();
      this.#reads.set(entity, ids);
    }
    ids.add(id);
  }

  /** This read's row was stored by the statement that read it (D105): `read` of it adds none. */
  readStored(entity: string, id: string): void {
    this.#storedReads.add(`${entity}\n${id}`);
    this.#reads.get(entity)?.delete(id);
  }

  /** A mutation's outcome (`field`: its name); nothing more when its row was stored inside its transaction already. */
  write(field: string, outcome: string): void {
    const entry = this.writeEntry(field, outcome);
    const key = storedKey(entry);
    const stored = this.#stored.get(key) ?? 0;
    if (stored > 0) this.#stored.set(key, stored - 1);
    else this.#events.push(entry);
  }

  /**
   * The row a write of the mutation `field` with this outcome is audited by; `record` names the
   * personal-data record it wrote, when it says (D107).
   */
  writeEntry(
    field: string,
    outcome: string,
    record?: { readonly entity: string; readonly id: string },
  ): AuditEntry {
    return {
      kind: 'WRITE',
      operation: this.#operation(`Mutation.${field}`),
      entity: record?.entity ?? null,
      entityIds: record ? [record.id] : [],
      outcome,
      ...this.#actingFor,
    };
  }

  /** This write's row was committed with the write itself: `write` of the same outcome adds none. */
  stored(entry: AuditEntry): void {
    const key = storedKey(entry);
    this.#stored.set(key, (this.#stored.get(key) ?? 0) + 1);
  }

  /** A refusal of `field` (`Type.field`); `target` names the record asked for, when there is one. */
  deny(field: string, reason: string, target?: { entity: string; id: string }): void {
    this.#events.push({
      kind: 'DENIAL',
      operation: this.#operation(field),
      entity: target?.entity ?? null,
      entityIds: target ? [target.id] : [],
      outcome: reason,
      ...this.#actingFor,
    });
  }

  entries(): AuditEntry[] {
    const reads = [...this.#reads].map(([entity, ids]) => ({
      kind: 'READ' as const,
      operation: this.operationName,
      entity,
      entityIds: [...ids],
      outcome: 'OK',
    }));
    return [...this.#events, ...reads];
  }

  /** `<operation name>:<Type.field>`, for writes and refusals alike (a read row names the operation only). */
  #operation(field: string): string {
    return `${this.operationName}:${field}`;
  }
}

function storedKey(entry: AuditEntry): string {
  return `${entry.operation}\n${entry.outcome}`;
}
