import type { SupportPlan } from '@openpb/db/client';
import { MINIMUM_LONG_TERM_OUTCOMES } from '@openpb/domain/entities/support-plan';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { actingStaffAlongside } from '../../write-steps/acting-staff.ts';
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
          const acting = actingStaffAlongside(context);
          const { plan, nextStatus } = await planForChange(
            sql,
            context.viewer.councilId,
            input.planId.id,
            input.expectedRevision,
            'SUBMIT',
            acting,
          );
          const staff = acting.staff;
          const problems = [
            ...(plan.lines.length === 0
              ? [
                  {
                    path: ['lines'],
                    message: 'A plan needs at least one costed line',
                    code: 'TOO_SMALL',
                  },
                ]
              : []),
            ...((plan.outcomes as unknown[]).length < MINIMUM_LONG_TERM_OUTCOMES
              ? [
                  {
                    path: ['outcomes'],
                    message: `A long-term plan needs at least ${MINIMUM_LONG_TERM_OUTCOMES} outcomes`,
                    code: 'TOO_SMALL',
                  },
                ]
              : []),
          ];
          if (problems.length > 0) throw new ValidationFailed(problems, ['plan']);
          const [submitted] = await sql(
            SUBMIT_SQL,
            [plan.id, nextStatus, context.now(), plan.preparedById ?? staff.id],
            'submit_support_plan',
          );
          if (!submitted) throw new Error('UPDATE … RETURNING returned no row');
          return planTable.modelRow<SupportPlan>(submitted);
        },
        'SupportPlan',
      ),
  }),
);

const planTable = tableOf('SupportPlan');
const SUBMIT_SQL = `UPDATE support_plan
    SET status = $2, submitted_at = $3, prepared_by_id = $4::uuid, revision = revision + 1
  WHERE id = $1::uuid
  RETURNING ${planTable.selectText()}`;
