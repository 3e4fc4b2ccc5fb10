import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import {
  rejectionReason,
  rejectSupportPlan,
} from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { APPROVER_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaffAlongside } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { planForChange } from './plan-for-change.ts';
import { planLineDates } from './plan-line-dates.ts';
import { SupportPlanRef } from './support-plan.ts';

const rejectionInput = z.object({ reason: rejectionReason });

const RejectSupportPlanInput = builder.inputType('RejectSupportPlanInput', {
  fields: (t) => ({
    planId: t.globalID({ for: SupportPlanRef }),
    expectedRevision: t.int(),
    reason: t.string({
      description:
        'Why the plan is returned, for the worker and the person: 1 to 2000 characters (kept with the plan as rejectionReason).',
    }),
  }),
});

builder.mutationField('rejectSupportPlan', (t) =>
  t.field({
    type: SupportPlanRef,
    description:
      'Rejects a SUBMITTED plan, with the reason (D90): it becomes REJECTED, a final status, and the worker drafts the next version (the approved version in force, if any, stays in force). Someone other than the worker who prepared it rejects it, as for approval. A version a third-party app proposed: the app hears that its proposal was rejected.',
    authScopes: { anyRole: APPROVER_ROLES },
    args: { input: t.arg({ type: RejectSupportPlanInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, Conflict, InvalidState, Forbidden],
      dataField: { name: 'plan' },
    },
    resolve: async (_root, { input }, context) => {
      const { reason } = parseInput(rejectionInput, { reason: input.reason });
      return writeTransaction(context, 'rejectSupportPlan', async (tx, events) => {
        events.fromResult('support_plan.rejected');
        const acting = actingStaffAlongside(context);
        const { plan } = await planForChange(
          tx,
          context.viewer.councilId,
          input.planId.id,
          input.expectedRevision,
          'REJECT',
          acting,
        );
        const staff = acting.staff;
        if (plan.preparedById === staff.id) {
          throw new Forbidden(
            'A plan is rejected by someone other than the worker who prepared it',
            ['input', 'planId'],
          );
        }
        const rejected = allowedOrInvalidState(
          rejectSupportPlan(
            {
              status: plan.status as SupportPlanStatus,
              lines: plan.lines.map(planLineDates),
            },
            reason,
            todayIn(context.now()),
          ),
          ['input', 'planId'],
        );
        // the version never ran: its lines are cancelled (one statement)
        const before = new Map(plan.lines.map((line) => [line.id, line.status]));
        const cancelled = rejected.lines
          .filter((line) => line.status === 'CANCELLED' && before.get(line.id) !== 'CANCELLED')
          .map((line) => line.id);
        if (cancelled.length > 0) {
          await tx.supportPlanLine.updateMany({
            where: { id: { in: cancelled } },
            data: { status: 'CANCELLED' },
          });
        }
        // a version an app proposed (D35): the app hears that its proposal was rejected
        if (plan.delegationId) {
          events.emit('support_plan_proposal.rejected', { id: plan.id, personId: plan.personId });
        }
        return tx.supportPlan.update({
          where: { id: plan.id },
          data: {
            status: rejected.status,
            rejectedAt: context.now(),
            rejectedById: staff.id,
            rejectionReason: rejected.reason,
            revision: { increment: 1 },
          },
        });
      });
    },
  }),
);
