/** One row of the audit log, as written at the end of a request. */
export interface AuditEntry {
  readonly kind: 'READ' | 'WRITE' | 'DENIAL';
  readonly operation: string;
  readonly entity: string | null;
  readonly entityIds: readonly string[];
  readonly outcome: string;
}

/**
 * What one request touched: the ids of the personal-data records it read (grouped by type),
 * the writes it attempted and the refusals it met. The API writes it to the append-only
 * audit_log when the request ends, whatever its outcome.
 */
export class AuditTrail {
  readonly #reads = new Map<string, Set<string>>();
  readonly #events: AuditEntry[] = [];

  /** The GraphQL operation's name, once the document is parsed ('anonymous' when it has none). */
  operationName = 'anonymous';

  read(entity: string, id: string): void {
    let ids = this.#reads.get(entity);
    if (!ids) {
      ids = new Set();
      this.#reads.set(entity, ids);
    }
    ids.add(id);
  }

  write(field: string, outcome: string): void {
    this.#events.push({
      kind: 'WRITE',
      operation: this.#operation(field),
      entity: null,
      entityIds: [],
      outcome,
    });
  }

  deny(field: string, reason: string): void {
    this.#events.push({
      kind: 'DENIAL',
      operation: this.#operation(field),
      entity: null,
      entityIds: [],
      outcome: reason,
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

  #operation(field: string): string {
    return `${this.operationName}:${field}`;
  }
}
