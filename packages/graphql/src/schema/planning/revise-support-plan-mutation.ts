import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaffAlongside } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { planForChange } from './plan-for-change.ts';
import { SupportPlanRef } from './support-plan.ts';
import { planContentToRows } from './support-plan-content.ts';
import { SupportPlanContentInput } from './support-plan-input.ts';

const ReviseSupportPlanInput = builder.inputType('ReviseSupportPlanInput', {
  fields: (t) => ({
    planId: t.globalID({ for: SupportPlanRef }),
    expectedRevision: t.int({
      description: 'The `revision` you read; a stale one is a VERSION_CONFLICT.',
    }),
    content: t.field({
      type: SupportPlanContentInput,
      description: 'Replaces the draft’s outcomes and lines.',
    }),
  }),
});

builder.mutationField('reviseSupportPlan', (t) =>
  t.field({
    type: SupportPlanRef,
    description: 'Replaces the content of a DRAFT plan version, with optimistic concurrency.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: ReviseSupportPlanInput, required: true }) },
    errors: {
      types: [ValidationFailed, RuleViolated, NotFound, Conflict, InvalidState, Forbidden],
      dataField: { name: 'plan' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'reviseSupportPlan', async (tx, events) => {
        events.fromResult('support_plan.revised');
        const acting = actingStaffAlongside(context);
        const { plan } = await planForChange(
          tx,
          councilId,
          input.planId.id,
          input.expectedRevision,
          'REVISE',
          acting,
        );
        const { columns, lines } = await planContentToRows(
          tx,
          councilId,
          plan.personId,
          input.content,
          todayIn(context.now()),
        );
        await tx.supportPlanLine.deleteMany({ where: { planId: plan.id } });
        return tx.supportPlan.update({
          where: { id: plan.id },
          data: { ...columns, revision: { increment: 1 }, lines: { create: lines } },
        });
      });
    },
  }),
);
