import { addDays } from '@openpb/domain/dates';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { actingStaff } from '../../mutations/acting-staff.ts';
import { fromDbDate, toDbDate } from '../../mutations/business-dates.ts';
import { writeTransaction } from '../../mutations/write-transaction.ts';
import { APPROVER_ROLES } from '../../staff-roles.ts';
import { planForChange } from './plan-for-change.ts';
import { SupportPlanRef } from './support-plan.ts';

const ApproveSupportPlanInput = builder.inputType('ApproveSupportPlanInput', {
  fields: (t) => ({
    planId: t.globalID({ for: SupportPlanRef }),
    expectedRevision: t.int(),
  }),
});

builder.mutationField('approveSupportPlan', (t) =>
  t.field({
    type: SupportPlanRef,
    description:
      'Approves a SUBMITTED plan. The version it supersedes ends the day before it starts. Its personal budget is agreed with agreePersonalBudget.',
    authScopes: { anyRole: APPROVER_ROLES },
    args: { input: t.arg({ type: ApproveSupportPlanInput, required: true }) },
    errors: { types: [NotFound, Conflict, InvalidState, Forbidden], dataField: { name: 'plan' } },
    resolve: async (_root, { input }, context) =>
      writeTransaction(context, 'approveSupportPlan', async (tx) => {
        const staff = await actingStaff(tx, context);
        const plan = await planForChange(
          tx,
          context.viewer.councilId,
          input.planId.id,
          input.expectedRevision,
          ['SUBMITTED'],
        );
        if (plan.preparedById === staff.id) {
          throw new Forbidden(
            'A plan is approved by someone other than the worker who prepared it',
            ['input', 'planId'],
          );
        }
        if (plan.supersedesId) {
          await tx.supportPlan.update({
            where: { id: plan.supersedesId },
            data: {
              status: 'SUPERSEDED',
              endDate: toDbDate(addDays(fromDbDate(plan.startDate), -1)),
              revision: { increment: 1 },
            },
          });
        }
        return tx.supportPlan.update({
          where: { id: plan.id },
          data: {
            status: 'APPROVED',
            approvedAt: context.now(),
            approvedById: staff.id,
            revision: { increment: 1 },
          },
        });
      }),
  }),
);
