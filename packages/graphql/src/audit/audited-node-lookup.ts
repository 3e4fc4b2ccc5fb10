import type { GraphQLContext } from '../context.ts';
import { databaseId } from '../tenancy.ts';

type GlobalId = { typename: string; id: string };

/**
 * `Query.node`'s resolver: the record, or null exactly as for an id that does not exist — and
 * then a denial in the audit log naming the id asked for, so that probing for another council's
 * (or a non-delegating person's) records leaves a trace.
 */
export async function auditedNodeLookup(
  globalId: GlobalId,
  context: GraphQLContext,
  resolveNode: (id: GlobalId) => unknown,
): Promise<unknown> {
  const node = await resolveNode(globalId);
  if (node == null) {
    const id = databaseId(globalId.id);
    context.audit.deny('Query.node', 'NOT_FOUND', { entity: globalId.typename, id });
  }
  return node;
}
