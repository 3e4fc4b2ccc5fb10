import type { GraphQLContext } from '@openpb/graphql/context';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { appendAuditEntries } from '../audit/audit-log-writer.ts';

/**
 * Writes each executed operation's audit trail when it finishes, before the response goes out:
 * its reads and refusals, and the outcome of writes that did not commit. A committed write's row
 * went in with the write, in its transaction (write-steps/write-transaction.ts).
 */
export function useAuditLog(): Plugin<GraphQLContext> {
  return {
    onExecute({ args }) {
      const operation = getOperationAST(args.document, args.operationName ?? undefined);
      (args.contextValue as GraphQLContext).audit.operationName =
        operation?.name?.value ?? 'anonymous';
      return {
        async onExecuteDone() {
          const context = args.contextValue as GraphQLContext;
          const { viewer, requestId } = context;
          await appendAuditEntries(
            context.query,
            { councilId: viewer.councilId, subject: viewer.subject, requestId },
            context.audit.entries(),
          );
        },
      };
    },
  };
}
