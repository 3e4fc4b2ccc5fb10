import type { SqlQuery } from '@openpb/db/sql-query';
import type { AuditEntry } from '@openpb/graphql/audit/audit-trail';
import type { GraphQLContext } from '@openpb/graphql/context';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface AuditActor {
  readonly councilId: string | null;
  readonly subject: string;
}

/**
 * Appends a request's audit entries to the audit_log table in one INSERT statement, through
 * node-postgres: Prisma's createMany compiles every entity id of the request into its query plan
 * and wraps the insert in a transaction, and even its raw statements cost more CPU than the
 * insert costs PostgreSQL (issue 4, BENCHMARKS.md).
 */
export async function appendAuditEntries(
  query: SqlQuery,
  actor: AuditActor,
  entries: readonly AuditEntry[],
) {
  if (entries.length === 0) return;
  const columns = 9;
  const values: unknown[] = [];
  const rows = entries.map((entry, index) => {
    values.push(
      actor.councilId,
      actor.subject,
      entry.kind,
      entry.operation,
      entry.entity,
      [...entry.entityIds],
      entry.outcome,
      entry.actingForPersonId ?? null,
      entry.delegationId ?? null,
    );
    const $ = (column: number) => `$${index * columns + column}`;
    return `(${$(1)}::uuid, ${$(2)}, ${$(3)}, ${$(4)}, ${$(5)}, ${$(6)}::uuid[], ${$(7)}, ${$(8)}::uuid, ${$(9)}::uuid)`;
  });
  await query(
    `INSERT INTO audit_log (council_id, actor_subject, kind, operation, entity, entity_ids,
       outcome, acting_for_person_id, delegation_id)
     VALUES ${rows.join(', ')}`,
    values,
  );
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
          await appendAuditEntries(context.query, context.viewer, context.audit.entries());
        },
      };
    },
  };
}
