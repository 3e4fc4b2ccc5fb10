import { createHash } from 'node:crypto';
import { AUDIT_LOG_INSERT_TARGET } from '../audit/audit-rows-sql.ts';
import { PEOPLE_ORDER } from '../schema/people-query.ts';
import type { CompiledRead } from './compile-read.ts';
import type {
  ArgumentSource,
  ConnectionPlan,
  ListPlan,
  NodePlan,
  ObjectPlan,
} from './read-plan.ts';
import { childFields, countedConnections, countKey } from './row-layout.ts';

/** What fills a parameter of the statement, per request. */
export type ParameterSlot =
  | { readonly kind: 'council' }
  /** The connection's page, and one row more when it says whether there is a next page. */
  | { readonly kind: 'pageSize'; readonly connection: ConnectionPlan }
  | { readonly kind: 'nodeId'; readonly id: ArgumentSource }
  /** The audit row's actor, operation and request (a statement that audits its own reads). */
  | { readonly kind: 'auditSubject' | 'auditOperation' | 'requestId' };

/** One SQL statement answering a whole compiled read: one column of JSON per root field (row-layout.ts). */
export interface ReadStatement {
  readonly slots: readonly ParameterSlot[];
  /**
   * Root pages whose LIMIT is written into the text rather than passed as a parameter: with an
   * unknown LIMIT the planner prices the generic plan at a tenth of the council's people and
   * re-plans the statement on every execution; with the limit in the text it keeps one generic
   * plan per page size (D101).
   */
  readonly inlinedPages: readonly ConnectionPlan[];
  /**
   * The root records the statement writes its own READ audit row for, in the same statement
   * (D105): a read of records by id whose nested records are not personal data. Every other
   * read's rows go to the audit log by group commit when the request ends.
   */
  readonly auditedNodes: readonly NodePlan[];
  /** The text with a `{pageN}` marker for each inlined limit, as the SQL snapshots show it. */
  readonly template: string;
  /** The statement for these limits (in inlinedPages order) and its prepared name, if any. */
  forLimits(limits: readonly number[]): {
    readonly text: string;
    readonly name: string | undefined;
  };
}

type Order = readonly (readonly [field: string, direction: 'ASC' | 'DESC'])[];

/** Whether a record under this plan's rows is personal data, read and so audited. */
function auditsBelow(plan: ObjectPlan): boolean {
  return childFields(plan).some((field) => field.node.audited || auditsBelow(field.node));
}

/**
 * The root records a statement can audit itself: every audited row of the read is a root record
 * by id, whose id is the statement's own parameter. A page's ids exist only inside the answer's
 * JSON, and reading them back out costs PostgreSQL more than a separate INSERT (D105).
 */
function selfAuditedNodes(read: CompiledRead): NodePlan[] {
  const nodes: NodePlan[] = [];
  for (const field of read.root) {
    if (field.kind === 'connection') return [];
    if (field.kind !== 'node') continue;
    if (auditsBelow(field.node)) return [];
    if (field.node.audited) nodes.push(field);
  }
  return nodes;
}

class StatementWriter {
  readonly slots: ParameterSlot[] = [];
  readonly inlinedPages: ConnectionPlan[] = [];
  readonly auditedNodes: NodePlan[];
  #aliases = 0;
  #council: string | null = null;
  readonly #nodeIds = new Map<NodePlan, string>();

  constructor(private readonly read: CompiledRead) {
    this.auditedNodes = selfAuditedNodes(read);
  }

  root(): string {
    const select = this.#select(this.read);
    return this.auditedNodes.length > 0 ? this.#auditedIn(select) : select;
  }

  /**
   * The answer, and in the same statement the READ audit row of the records it shows: one
   * statement per read, so the answer and its audit row are stored together or not at all. A
   * root record that is not found writes no row (the resolvers answer, and audit, that request).
   */
  #auditedIn(select: string): string {
    const shown = this.auditedNodes.map(
      (node) =>
        `('${node.node.typeName}', CASE WHEN a.${node.jsonKey} IS NOT NULL THEN ${this.#nodeIds.get(node)}::uuid END)`,
    );
    const council = this.#councilParameter();
    const subject = this.#parameter({ kind: 'auditSubject' });
    const operation = this.#parameter({ kind: 'auditOperation' });
    const requestId = this.#parameter({ kind: 'requestId' });
    return `WITH answer AS MATERIALIZED (${select}),
audited AS (INSERT INTO ${AUDIT_LOG_INSERT_TARGET}
  SELECT ${council}::uuid, ${subject}, 'READ', ${operation}, shown.entity, array_agg(DISTINCT shown.id), 'OK', NULL, NULL, ${requestId}
    FROM answer a, LATERAL (VALUES ${shown.join(', ')}) shown(entity, id)
   WHERE shown.id IS NOT NULL
   GROUP BY shown.entity)
SELECT * FROM answer`;
  }

  #select(read: CompiledRead): string {
    const columns: string[] = [];
    for (const field of read.root) {
      if (field.kind === 'connection') {
        columns.push(`${this.#page(field, null)} AS ${field.jsonKey}`);
        if (field.counts) columns.push(`${this.#count(field, null)} AS ${countKey(field)}`);
      } else if (field.kind === 'node') {
        const alias = this.#alias();
        const table = field.node.table;
        const id = this.#parameter({ kind: 'nodeId', id: field.id });
        this.#nodeIds.set(field, id);
        columns.push(
          `(SELECT ${this.#object(field.node, alias)} FROM ${table.tableName} ${alias}
             WHERE ${alias}.${table.columnName('id')} = ${id}::uuid
               AND ${alias}.${table.columnName('councilId')} = ${this.#councilParameter()}::uuid) AS ${field.jsonKey}`,
        );
      }
    }
    return `SELECT ${columns.join(',\n       ')}`;
  }

  /**
   * The row as a JSON array of its values in the plan's order (row-layout.ts): its columns, its
   * child rows, then the counts of its counted connections (D102). Positional, not keyed:
   * PostgreSQL builds it for less than a json_build_object of the same values (D101).
   */
  #object(plan: ObjectPlan, alias: string): string {
    const values = plan.columns.map((column) => `${alias}.${plan.table.columnName(column)}`);
    for (const field of childFields(plan)) values.push(this.#page(field, { plan, alias }));
    for (const field of countedConnections(plan)) values.push(this.#count(field, { plan, alias }));
    return `json_build_array(${values.join(', ')})`;
  }

  /** How many rows a connection has in all (its totalCount): under its parent, or the council's. */
  #count(field: ConnectionPlan, parent: { plan: ObjectPlan; alias: string } | null) {
    const alias = this.#alias();
    const table = field.node.table;
    return `(SELECT count(*)::int FROM ${table.tableName} ${alias} WHERE ${this.#where(field, alias, parent)})`;
  }

  /** The rows of a page: the parent's children, or the council's people. */
  #where(
    field: ListPlan | ConnectionPlan,
    alias: string,
    parent: { plan: ObjectPlan; alias: string } | null,
  ): string {
    const table = field.node.table;
    const source = field.source;
    if (source.kind === 'children') {
      if (!parent) throw new Error('A relation page needs its parent row');
      return `${alias}.${table.columnName(source.relation.parentField)} = ${parent.alias}.${parent.plan.table.columnName('id')}`;
    }
    return `${alias}.${table.columnName('councilId')} = ${this.#councilParameter()}::uuid`;
  }

  /**
   * The rows of a list or a connection page as a JSON array, in the relation's order: under each
   * parent row (a correlated subquery over the (parent, order) index, LIMIT first, or first + 1
   * when hasNextPage is asked), or the council's people. ARRAY(subquery) keeps the subquery's
   * ORDER BY, so no aggregate sorts again.
   */
  #page(field: ListPlan | ConnectionPlan, parent: { plan: ObjectPlan; alias: string } | null) {
    const alias = this.#alias();
    const node = field.node;
    const table = node.table;
    const source = field.source;
    const where = this.#where(field, alias, parent);
    const order: Order = source.kind === 'children' ? source.relation.orderBy : PEOPLE_ORDER;
    let limit = '';
    if (field.kind === 'connection' && parent === null) {
      limit = ` LIMIT {page${this.inlinedPages.length}}`;
      this.inlinedPages.push(field);
    } else if (field.kind === 'connection') {
      limit = ` LIMIT ${this.#parameter({ kind: 'pageSize', connection: field })}::int`;
    }
    const rowOrder = order.map(
      ([column, direction]) => `${alias}.${table.columnName(column)} ${direction}`,
    );
    return `array_to_json(ARRAY(SELECT ${this.#object(node, alias)}
              FROM ${table.tableName} ${alias}
             WHERE ${where}
             ORDER BY ${rowOrder.join(', ')}${limit}))`;
  }

  #councilParameter(): string {
    this.#council ??= this.#parameter({ kind: 'council' });
    return this.#council;
  }

  #parameter(slot: ParameterSlot): string {
    this.slots.push(slot);
    return `$${this.slots.length}`;
  }

  #alias(): string {
    return `t${this.#aliases++}`;
  }
}

const MARKER = /\{page(\d+)\}/g;
/** Texts kept per statement (page-size combinations); beyond them a text is written per request. */
const MAX_TEXTS_PER_STATEMENT = 100;

/**
 * The one statement that reads everything a compiled read selects. `prepared` names a statement
 * text to prepare, or says not to (the same text always gets the same name).
 */
export function readStatement(
  read: CompiledRead,
  prepared: (name: string) => string | undefined = (name) => name,
): ReadStatement {
  const writer = new StatementWriter(read);
  const template = writer.root();
  const byLimits = new Map<string, { text: string; name: string | undefined }>();
  return {
    slots: writer.slots,
    inlinedPages: writer.inlinedPages,
    auditedNodes: writer.auditedNodes,
    template,
    forLimits(limits) {
      const key = limits.join(',');
      let statement = byLimits.get(key);
      if (!statement) {
        const text = template.replace(MARKER, (_, index: string) => {
          const limit = limits[Number(index)];
          if (!Number.isInteger(limit)) throw new Error('A root page without its limit');
          return String(limit);
        });
        if (byLimits.size >= MAX_TEXTS_PER_STATEMENT) return { text, name: undefined };
        const hash = createHash('sha256').update(text).digest('hex').slice(0, 24);
        statement = { text, name: prepared(`openpb_read_${hash}`) };
        byLimits.set(key, statement);
      }
      return statement;
    },
  };
}
