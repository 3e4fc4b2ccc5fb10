import { isUuid } from '@openpb/domain/uuid';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { ExecutionResult } from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, viewerScopes } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import type { CompiledRead } from './compile-read.ts';
import { NotCompilable } from './fallback.ts';
import type { ArgumentSource, ConnectionPlan, LeafPlan, ObjectPlan, Row } from './read-plan.ts';
import type { ParameterSlot, ReadStatement } from './read-statement.ts';
import { countKey, decodeRow } from './row-layout.ts';

type Variables = Readonly<Record<string, unknown>> | null | undefined;

/** One request's answer being built: the records it shows, to audit once it is complete. */
interface Answer {
  readonly context: GraphQLContext;
  /** Each connection's page size in this request. */
  readonly pageSizes: ReadonlyMap<ConnectionPlan, number>;
  readonly reads: [entity: string, id: string][];
}

function argumentValue(source: ArgumentSource, variables: Variables): unknown {
  if (source.kind === 'absent') return undefined;
  if (source.kind === 'literal') return source.value;
  const value = variables?.[source.name];
  return value === undefined ? source.defaultValue : value;
}

/** A connection's page size as Pothos takes it; anything it would refuse goes to the resolvers. */
function pageSize(first: ArgumentSource, variables: Variables): number {
  const value = argumentValue(first, variables) ?? DEFAULT_PAGE_SIZE;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw new NotCompilable('page-size');
  }
  return value;
}

function personId(source: ArgumentSource, variables: Variables): string {
  const globalId = argumentValue(source, variables);
  if (typeof globalId !== 'string') throw new NotCompilable('not-a-person');
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch {
    // not a global id at all: the resolvers refuse it
    throw new NotCompilable('not-a-person');
  }
  if (decoded.typename !== 'Person' || !isUuid(decoded.id)) throw new NotCompilable('not-a-person');
  return decoded.id;
}

/** One row more than the page when hasNextPage is asked, to know whether there is one. */
const rowsToRead = (connection: ConnectionPlan, size: number) =>
  connection.readsNextRow ? size + 1 : size;

function parameter(
  slot: ParameterSlot,
  context: GraphQLContext,
  variables: Variables,
  pageSizes: Map<ConnectionPlan, number>,
): unknown {
  switch (slot.kind) {
    case 'council':
      return context.viewer.councilId;
    case 'pageSize': {
      const size = pageSize(slot.connection.first, variables);
      pageSizes.set(slot.connection, size);
      return rowsToRead(slot.connection, size);
    }
    case 'nodeId':
      return personId(slot.id, variables);
    case 'auditSubject':
      return context.viewer.subject;
    case 'auditOperation':
      return context.audit.operationName;
    case 'requestId':
      return context.requestId;
  }
}

const cursorOf = (row: Row) => formatPrismaCursor(row, 'id');

/** The length of a date in PostgreSQL's JSON: YYYY-MM-DD. */
const DATE_LENGTH = 10;

function shapeObject(plan: ObjectPlan, row: Row, answer: Answer): Record<string, unknown> {
  // an instant becomes the Date that Prisma would give; a date column ("YYYY-MM-DD") stays text,
  // which the Date scalar serialises as it is
  for (const column of plan.dateTimeColumns) {
    const value = row[column];
    if (typeof value === 'string' && value.length > DATE_LENGTH) row[column] = new Date(value);
  }
  if (plan.audited) answer.reads.push([plan.typeName, row.id as string]);
  const shaped: Record<string, unknown> = {};
  for (const field of plan.fields) {
    switch (field.kind) {
      case 'typename':
        shaped[field.key] = field.typeName;
        break;
      case 'leaf': {
        shaped[field.key] = leafValue(field, row, answer.context);
        break;
      }
      case 'list':
        shaped[field.key] = (row[field.jsonKey] as Row[]).map((child) =>
          shapeObject(field.node, child, answer),
        );
        break;
      case 'connection':
        shaped[field.key] = shapeConnection(
          field,
          row[field.jsonKey] as Row[],
          row[countKey(field)],
          answer,
        );
        break;
    }
  }
  return shaped;
}

/**
 * A leaf's value: its resolver, then its type's serializer. A value either refuses (a resolver's
 * or serializer's error, null where the schema says non-null, a promise) is a field error only
 * the resolvers report as they do.
 */
function leafValue(field: LeafPlan, row: Row, context: GraphQLContext): unknown {
  let value: unknown;
  try {
    value = field.resolve(row, context);
  } catch {
    throw new NotCompilable('field-error', field.key);
  }
  if (value === null || value === undefined) {
    if (field.nonNull) throw new NotCompilable('field-error', field.key);
    return null;
  }
  if (typeof (value as { then?: unknown }).then === 'function') {
    throw new NotCompilable('field-error', field.key);
  }
  try {
    return field.serialize(value);
  } catch {
    throw new NotCompilable('field-error', field.key);
  }
}

function shapeConnection(plan: ConnectionPlan, rows: Row[], total: unknown, answer: Answer) {
  const first = answer.pageSizes.get(plan);
  if (first === undefined) throw new Error('A connection without its page size');
  const page = rows.length > first ? rows.slice(0, first) : rows;
  const shaped: Record<string, unknown> = {};
  for (const field of plan.fields) {
    if (field.kind === 'typename') shaped[field.key] = field.typeName;
    else if (field.kind === 'totalCount') shaped[field.key] = total;
    else if (field.kind === 'edges') {
      shaped[field.key] = page.map((row) => {
        const edge: Record<string, unknown> = {};
        for (const edgeField of field.fields) {
          if (edgeField.kind === 'typename') edge[edgeField.key] = edgeField.typeName;
          else if (edgeField.kind === 'cursor') edge[edgeField.key] = cursorOf(row);
          else edge[edgeField.key] = shapeObject(plan.node, row, answer);
        }
        return edge;
      });
    } else {
      const pageInfo: Record<string, unknown> = {};
      const firstRow = page[0];
      const lastRow = page[page.length - 1];
      for (const infoField of field.fields) {
        switch (infoField.kind) {
          case 'typename':
            pageInfo[infoField.key] = infoField.typeName;
            break;
          case 'hasNextPage':
            pageInfo[infoField.key] = rows.length > first;
            break;
          case 'hasPreviousPage':
            pageInfo[infoField.key] = false;
            break;
          case 'startCursor':
            pageInfo[infoField.key] = firstRow ? cursorOf(firstRow) : null;
            break;
          case 'endCursor':
            pageInfo[infoField.key] = lastRow ? cursorOf(lastRow) : null;
            break;
        }
      }
      shaped[field.key] = pageInfo;
    }
  }
  return shaped;
}

/**
 * Answers a compiled read with its one statement: the GraphQL result, with every personal record
 * it shows added to the request's audit trail; or why only the resolvers can answer it exactly
 * (a scope the viewer lacks, an argument they would refuse, a person not found — whose denial they
 * audit — or a value a resolver or serializer refuses, which they report as a field error). A
 * failing statement, or any other error, is a system failure, masked like any other.
 */
export async function answerRead(
  read: CompiledRead,
  statement: ReadStatement,
  context: GraphQLContext,
  variables: Variables,
): Promise<ExecutionResult | NotCompilable> {
  try {
    return await answerOrThrow(read, statement, context, variables);
  } catch (error) {
    if (error instanceof NotCompilable) return error;
    throw error;
  }
}

async function answerOrThrow(
  read: CompiledRead,
  statement: ReadStatement,
  context: GraphQLContext,
  variables: Variables,
): Promise<ExecutionResult> {
  const scopes = viewerScopes(context);
  if (!read.grants.every((grant) => grant(scopes))) throw new NotCompilable('auth-not-granted');
  if (read.nullArguments.some((source) => argumentValue(source, variables) != null)) {
    throw new NotCompilable('not-a-first-page');
  }
  const pageSizes = new Map<ConnectionPlan, number>();
  const parameters = statement.slots.map((slot) => parameter(slot, context, variables, pageSizes));
  const limits = statement.inlinedPages.map((connection) => {
    const size = pageSize(connection.first, variables);
    pageSizes.set(connection, size);
    return rowsToRead(connection, size);
  });
  const { text, name } = statement.forLimits(limits);
  // a failing statement is a system failure, as it would be in a resolver
  const [row] = await context.query<Row>(text, parameters, name);
  if (!row) throw new Error('The compiled read returned no row');
  // the statement stored the READ row of each root record it found (D105): whatever answers
  // from here, the resolvers included, does not audit those records again
  for (const node of statement.auditedNodes) {
    const values = row[node.jsonKey] as unknown[] | null;
    // a row's first value is its id (compile-read.ts reads `id` first)
    if (values) context.audit.readStored(node.node.typeName, String(values[0]));
  }
  const answer: Answer = { context, pageSizes, reads: [] };
  const data: Record<string, unknown> = {};
  for (const field of read.root) {
    if (field.kind === 'typename') data[field.key] = field.typeName;
    else if (field.kind === 'connection') {
      const rows = (row[field.jsonKey] as unknown[][]).map((values) =>
        decodeRow(field.node, values),
      );
      data[field.key] = shapeConnection(field, rows, row[countKey(field)], answer);
    } else {
      const person = row[field.jsonKey] as unknown[] | null;
      if (!person) throw new NotCompilable('not-a-person');
      data[field.key] = shapeObject(field.node, decodeRow(field.node, person), answer);
    }
  }
  for (const [entity, id] of answer.reads) context.audit.read(entity, id);
  return { data };
}
