import { Prisma, type PrismaClient } from '@openpb/db/client';
import type { AuditEntry } from '@openpb/graphql/audit/audit-trail';
import type { GraphQLContext } from '@openpb/graphql/context';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface AuditActor {
  readonly councilId: string | null;
  readonly subject: string;
}

/**
 * Appends a request's audit entries to the audit_log table in one INSERT statement. Raw SQL:
 * Prisma's createMany compiles every entity id of the request into its query plan and wraps the
 * insert in a transaction, which cost more than the rest of a large read (issue 4).
 */
export async function appendAuditEntries(
  db: PrismaClient,
  actor: AuditActor,
  entries: readonly AuditEntry[],
) {
  if (entries.length === 0) return;
  const rows = entries.map(
    (entry) =>
      Prisma.sql`(${actor.councilId}::uuid, ${actor.subject}, ${entry.kind}, ${entry.operation},
        ${entry.entity}, ${[...entry.entityIds]}::uuid[], ${entry.outcome},
        ${entry.actingForPersonId ?? null}::uuid, ${entry.delegationId ?? null}::uuid)`,
  );
  await db.$executeRaw`INSERT INTO audit_log (council_id, actor_subject, kind, operation, entity,
      entity_ids, outcome, acting_for_person_id, delegation_id)
    VALUES ${Prisma.join(rows)}`;
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
