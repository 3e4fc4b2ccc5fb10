import type { PrismaClient } from '@openpb/db/client';
import type { AuditEntry } from '@openpb/graphql/audit/audit-trail';
import type { GraphQLContext } from '@openpb/graphql/context';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface AuditActor {
  readonly councilId: string | null;
  readonly subject: string;
}

/** Appends a request's audit entries to the audit_log table in one statement. */
export async function appendAuditEntries(
  db: PrismaClient,
  actor: AuditActor,
  entries: readonly AuditEntry[],
) {
  if (entries.length === 0) return;
  await db.auditLogEntry.createMany({
    data: entries.map((entry) => ({
      councilId: actor.councilId,
      actorSubject: actor.subject,
      kind: entry.kind,
      operation: entry.operation,
      entity: entry.entity,
      entityIds: [...entry.entityIds],
      outcome: entry.outcome,
    })),
  });
}

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
          await appendAuditEntries(context.db, context.viewer, context.audit.entries());
        },
      };
    },
  };
}
