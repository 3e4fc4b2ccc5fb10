import type { SupportPlan } from '@openpb/db/client';
import { planSubmissionIssues } from '@openpb/domain/entities/plan-submission';
import { SUPPORT_PLAN_LIFECYCLE } from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { actingStaffAlongside, staffOf } from '../../write-steps/acting-staff.ts';
import { sqlWriteTransaction } from '../../write-steps/write-transaction.ts';
import { tableOf } from '../model-table.ts';
import { planForChange } from './plan-for-change.ts';
import { SupportPlanRef } from './support-plan.ts';

const SubmitSupportPlanInput = builder.inputType('SubmitSupportPlanInput', {
  fields: (t) => ({
    planId: t.globalID({ for: SupportPlanRef }),
    expectedRevision: t.int(),
  }),
});

builder.mutationField('submitSupportPlan', (t) =>
  t.field({
    type: SupportPlanRef,
    description:
      'Puts a DRAFT plan forward for approval; it can no longer be revised. Whoever submits a version a third-party app proposed becomes the worker who prepared it, so someone else approves it.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: SubmitSupportPlanInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, Conflict, InvalidState, Forbidden],
      dataField: { name: 'plan' },
    },
    resolve: async (_root, { input }, context) =>
      sqlWriteTransaction(
        context,
        'submitSupportPlan',
        async (sql, events) => {
          events.fromResult('support_plan.submitted');
          const { councilId, subject } = context.viewer;
          const acting = actingStaffAlongside(context);
          // the submission as one statement that changes the plan only where the lifecycle
          // allows it at the revision the caller read (D111); its checks follow on what it returns,
          // and any refusal rolls the change back
          const [row] = await sql<Record<string, unknown>>(
            SUBMIT_SQL,
            [
              input.planId.id,
              councilId,
              input.expectedRevision,
              SUBMIT.from,
              SUBMIT.to,
              context.now(),
              subject,
            ],
            'submit_support_plan',
          );
          if (!row) throw new Error('The submission returned no row');
          const { [ACTING]: staff, [LINE_COUNT]: lineCount, ...submitted } = row;
          acting.receive(staff);
          if (submitted.id === null) {
            // nothing changed: the plan's own read says why, as every plan change does
            await planForChange(sql, councilId, input.planId.id, input.expectedRevision, 'SUBMIT');
            throw new Conflict(
              'VERSION_CONFLICT',
              'The plan changed while it was being submitted; read it again',
              ['input', 'expectedRevision'],
            );
          }
          const plan = planTable.modelRow<SupportPlan>(submitted);
          const issues = planSubmissionIssues({
            lineCount: Number(lineCount),
            outcomeCount: (plan.outcomes as unknown[]).length,
          });
          if (issues.length > 0) throw new ValidationFailed(issues, ['plan']);
          return plan;
        },
        'SupportPlan',
      ),
  }),
);

const SUBMIT = SUPPORT_PLAN_LIFECYCLE.actions.SUBMIT;
const planTable = tableOf('SupportPlan');
const ACTING = '__acting';
const LINE_COUNT = '__lineCount';
/**
 * The acting staff member and the plan as submitted, in one row whether or not the plan changed
 * (its columns NULL when it did not): the staff member who submits a version nobody prepared (a
 * third-party app's) becomes the one who prepared it.
 */
const SUBMIT_SQL = `WITH acting AS (${staffOf('$2', '$7')}),
  submitted AS (
    UPDATE support_plan c
       SET status = coalesce($5, c.status), submitted_at = $6, revision = c.revision + 1,
           prepared_by_id = coalesce(c.prepared_by_id, (SELECT a.id FROM acting a))
     WHERE c.id = $1::uuid AND c.council_id = $2::uuid AND c.revision = $3
       AND c.status = ANY ($4::text[])
     RETURNING ${planTable.selectText('c')},
       (SELECT count(*)::int FROM support_plan_line k WHERE k.plan_id = c.id) AS "${LINE_COUNT}"
  )
  SELECT (SELECT row_to_json(a) FROM acting a) AS "${ACTING}", s.*
    FROM (SELECT 1) one
    LEFT JOIN submitted s ON true`;
