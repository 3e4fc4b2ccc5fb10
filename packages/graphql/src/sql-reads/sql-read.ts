import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { GraphQLContext, Viewer } from '../context.ts';
import { answerRead } from './answer-read.ts';
import { compileRead } from './compile-read.ts';
import { readStatement } from './read-statement.ts';

/** A query answered by one SQL statement instead of field-by-field resolution. */
export interface SqlRead {
  /** The answer, or null when the resolvers must answer this request. */
  answer(
    context: GraphQLContext,
    variables: Readonly<Record<string, unknown>> | null | undefined,
  ): Promise<ExecutionResult | null>;
}

const cache = new WeakMap<DocumentNode, Map<string, SqlRead | null>>();

/**
 * Distinct statements run as named prepared statements: each connection keeps a plan per name
 * until it closes, so a client sending ever new documents must not grow them without bound;
 * statements beyond these are planned every time.
 */
const MAX_PREPARED_STATEMENTS = 200;
const prepared = new Set<string>();

function preparedName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  if (prepared.has(name)) return name;
  if (prepared.size >= MAX_PREPARED_STATEMENTS) return undefined;
  prepared.add(name);
  return name;
}

/**
 * The compiled SQL read of an operation (docs/decisions.md D15), compiled once per parsed
 * document, or null when the operation selects anything the read models do not cover.
 */
export function sqlReadFor(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
): SqlRead | null {
  let byOperation = cache.get(document);
  if (!byOperation) {
    byOperation = new Map();
    cache.set(document, byOperation);
  }
  const key = operationName ?? '';
  let read = byOperation.get(key);
  if (read === undefined) {
    const compiled = compileRead(schema, document, operationName);
    const written = compiled ? readStatement(compiled) : null;
    const statement = written ? { ...written, name: preparedName(written.name) } : null;
    read =
      compiled && statement
        ? { answer: (context, variables) => answerRead(compiled, statement, context, variables) }
        : null;
    byOperation.set(key, read);
  }
  return read;
}

/**
 * Whether a compiled read may answer this viewer: the council's staff, whom every read-model type
 * and `Query.people` admit (STAFF_ONLY or staffOrDelegated). A third-party app's access depends on
 * each person's delegations, which only the resolvers check.
 */
export function sqlReadsServe(viewer: Viewer): boolean {
  return viewer.roles.length > 0 && viewer.organisationId === undefined;
}
