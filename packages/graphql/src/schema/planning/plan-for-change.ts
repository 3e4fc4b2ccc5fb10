import type { Prisma } from '@openpb/db/client';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import {
  type SupportPlanAction,
  supportPlanTransition,
} from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { Conflict } from '../../errors/conflict.ts';
import { NotFound } from '../../errors/not-found.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';

/**
 * Loads a plan version of the caller's council for a change, locking its row: not found (also
 * for another council's plan), a stale `expectedRevision` (optimistic concurrency) and a status
 * the plan lifecycle does not allow the action from are typed errors. Returns the plan and the
 * status the action moves it to.
 */
export async function planForChange(
  tx: Prisma.TransactionClient,
  councilId: string,
  planId: string,
  expectedRevision: number,
  action: SupportPlanAction,
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
  const next = allowedOrInvalidState(
    supportPlanTransition(plan.status as SupportPlanStatus, action),
    ['input', 'planId'],
  );
  return { plan, nextStatus: next.status };
}
