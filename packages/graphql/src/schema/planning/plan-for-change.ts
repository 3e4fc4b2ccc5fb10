import type { Prisma } from '@openpb/db/client';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import { Conflict } from '../../errors/conflict.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { tenantRowWhere } from '../../tenancy.ts';

/**
 * Loads a plan version of the caller's council for a change, locking its row: not found (also
 * for another council's plan), a stale `expectedRevision` (optimistic concurrency) and a status
 * that does not allow the change are typed errors.
 */
export async function planForChange(
  tx: Prisma.TransactionClient,
  councilId: string,
  planId: string,
  expectedRevision: number,
  allowed: readonly SupportPlanStatus[],
) {
  const where = tenantRowWhere(planId, councilId);
  await tx.$executeRaw`SELECT 1 FROM support_plan WHERE id = ${where.id}::uuid AND council_id = ${councilId}::uuid FOR UPDATE`;
  const plan = await tx.supportPlan.findFirst({
    where,
    include: { lines: { orderBy: { position: 'asc' } } },
  });
  if (!plan) throw new NotFound('support plan', ['input', 'planId']);
  if (plan.revision !== expectedRevision) {
    throw new Conflict(
      'VERSION_CONFLICT',
      `The plan changed since you read it (revision ${plan.revision}, not ${expectedRevision}); read it again`,
      ['input', 'expectedRevision'],
    );
  }
  if (!allowed.includes(plan.status as SupportPlanStatus)) {
    throw new InvalidState(
      `A ${plan.status.toLowerCase()} plan cannot do this; it must be ${allowed.join(' or ').toLowerCase()}`,
      ['input', 'planId'],
    );
  }
  return plan;
}
