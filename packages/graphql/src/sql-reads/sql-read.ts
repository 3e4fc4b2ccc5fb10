import type { DocumentNode, ExecutionResult, GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../context.ts';
import { answerRead } from './answer-read.ts';
import { compileRead } from './compile-read.ts';
import { countCompiledAnswer, countFallback, NotCompilable } from './fallback.ts';
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

function preparedName(name: string): string | undefined {
  if (prepared.has(name)) return name;
  if (prepared.size >= MAX_PREPARED_STATEMENTS) return undefined;
  prepared.add(name);
  return name;
}

/**
 * The compiled SQL read of an operation (docs/decisions.md D15, D80), compiled once per parsed
 * document; null for anything but a query. Its answer is null when the resolvers must answer.
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
    read = compiled === null ? null : sqlRead(compiled);
    byOperation.set(key, read);
  }
  return read;
}

/** A compiled read, counting each answer and each fallback with its reason (fallback.ts). */
function sqlRead(compiled: Exclude<ReturnType<typeof compileRead>, null>): SqlRead {
  if (compiled instanceof NotCompilable) {
    return {
      answer: async () => {
        countFallback(compiled);
        return null;
      },
    };
  }
  const statement = readStatement(compiled, preparedName);
  return {
    answer: async (context, variables) => {
      const result = await answerRead(compiled, statement, context, variables);
      if (result instanceof NotCompilable) {
        countFallback(result);
        return null;
      }
      countCompiledAnswer();
      return result;
    },
  };
}
