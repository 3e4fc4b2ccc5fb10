import { MINIMUM_LONG_TERM_OUTCOMES } from '@openpb/domain/entities/support-plan';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
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
      writeTransaction(context, 'submitSupportPlan', async (tx, events) => {
        events.fromResult('support_plan.submitted');
        const staff = await actingStaff(tx, context);
        const { plan, nextStatus } = await planForChange(
          tx,
          context.viewer.councilId,
          input.planId.id,
          input.expectedRevision,
          'SUBMIT',
        );
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
        return tx.supportPlan.update({
          where: { id: plan.id },
          data: {
            status: nextStatus,
            submittedAt: context.now(),
            preparedById: plan.preparedById ?? staff.id,
            revision: { increment: 1 },
          },
        });
      }),
  }),
);
