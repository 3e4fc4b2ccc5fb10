import type { SupportPlan, SupportPlanLine } from '@openpb/db/client';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import {
  type SupportPlanAction,
  supportPlanTransition,
} from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { Conflict } from '../../errors/conflict.ts';
import { NotFound } from '../../errors/not-found.ts';
import type { ReadAlongside } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { tenantRowWithChildren } from '../../write-steps/tenant-row.ts';
import type { TransactionStatements } from '../../write-steps/transaction-statements.ts';

/**
 * Loads a plan version of the caller's council for a change, locking its row: not found (also
 * for another council's plan), a stale `expectedRevision` (optimistic concurrency) and a status
 * the plan lifecycle does not allow the action from are typed errors. Returns the plan and the
 * status the action moves it to. One statement: the plan with its lines (and `alongside`).
 */
export async function planForChange(
  tx: TransactionStatements,
  councilId: string,
  planId: string,
  expectedRevision: number,
  action: SupportPlanAction,
  alongside?: ReadAlongside,
) {
  const found = await tenantRowWithChildren<SupportPlan, SupportPlanLine>(
    tx,
    'SupportPlan',
    planId,
    councilId,
    'lock',
    { model: 'SupportPlanLine', foreignKey: 'planId', orderBy: 'position' },
    alongside,
  );
  if (!found) throw new NotFound('support plan', ['input', 'planId']);
  const [row, lines] = found;
  const plan = { ...row, lines };
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
