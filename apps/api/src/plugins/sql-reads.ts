import type { GraphQLContext } from '@openpb/graphql/context';
import { logFallbacksTo } from '@openpb/graphql/sql-reads/fallback';
import { sqlReadFor } from '@openpb/graphql/sql-reads/sql-read';
import type { Plugin } from 'graphql-yoga';
import { logLine } from '../http/log.ts';

/**
 * Answers the queries the read models cover (a page of people or one person, with budgets, plans
 * and ledgers) with one SQL statement that returns the whole answer as JSON, as the bench's floor
 * does, instead of resolving field by field (docs/decisions.md D15, BENCHMARKS.md). Everything
 * else, and any request the compiled read cannot answer exactly, runs through the resolvers.
 * Each fallback is logged at debug level with its reason and counted (GET /health/sql-reads, D80).
 * The viewer's scopes are checked against the authScopes of everything the read shows.
 * Registered after the audit-log plugin, which writes the records it shows.
 */
export function useSqlReads(): Plugin<GraphQLContext> {
  logFallbacksTo((reason, subject) => logLine('debug', 'sql_read_fallback', { reason, subject }));
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as GraphQLContext;
      const read = sqlReadFor(args.schema, args.document, args.operationName);
      if (!read) return;
      return read.answer(context, args.variableValues).then((result) => {
        if (result) setResultAndStopExecution(result);
      });
    },
  };
}
