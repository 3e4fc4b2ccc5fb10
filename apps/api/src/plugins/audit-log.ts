import type { GraphQLContext } from '@openpb/graphql/context';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { appendAuditEntries } from '../audit/audit-log-writer.ts';

/** Writes each executed operation's audit trail when it finishes, before the response goes out. */
export function useAuditLog(): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      (args.contextValue as GraphQLContext).audit.operationName =
        operation?.name?.value ?? 'anonymous';
      return {
        async onExecuteDone() {
          const context = args.contextValue as GraphQLContext;
          await appendAuditEntries(context.query, context.viewer, context.audit.entries());
        },
      };
    },
  };
}
