import type { SupportPlan, SupportPlanLine } from '@openpb/db/client';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import {
  type SupportPlanAction,
  supportPlanTransition,
} from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { Conflict } from '../../errors/conflict.ts';
import { NotFound } from '../../errors/not-found.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { tenantRow } from '../../write-steps/tenant-row.ts';
import {
  statementsOf,
  type TransactionStatements,
} from '../../write-steps/transaction-statements.ts';
import { tableOf } from '../model-table.ts';

const lineTable = tableOf('SupportPlanLine');
const PLAN_LINES_SQL = `SELECT ${lineTable.selectText()} FROM ${lineTable.tableName}
  WHERE plan_id = $1::uuid ORDER BY position`;

/**
 * Loads a plan version of the caller's council for a change, locking its row: not found (also
 * for another council's plan), a stale `expectedRevision` (optimistic concurrency) and a status
 * the plan lifecycle does not allow the action from are typed errors. Returns the plan and the
 * status the action moves it to.
 */
export async function planForChange(
  tx: TransactionStatements,
  councilId: string,
  planId: string,
  expectedRevision: number,
  action: SupportPlanAction,
) {
  const found = await tenantRow<SupportPlan>(tx, 'SupportPlan', planId, councilId, 'lock');
  if (!found) throw new NotFound('support plan', ['input', 'planId']);
  const lines = await statementsOf(tx)(PLAN_LINES_SQL, [found.id], 'support_plan_lines');
  const plan = { ...found, lines: lines.map((line) => lineTable.modelRow<SupportPlanLine>(line)) };
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
