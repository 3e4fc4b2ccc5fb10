import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { PersonRef } from '../person.ts';
import { newPlanVersion } from './new-plan-version.ts';
import { SupportPlanRef } from './support-plan.ts';
import { SupportPlanContentInput } from './support-plan-input.ts';

const DraftSupportPlanInput = builder.inputType('DraftSupportPlanInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef, description: 'The person the plan is for.' }),
    content: t.field({ type: SupportPlanContentInput }),
  }),
});

builder.mutationField('draftSupportPlan', (t) =>
  t.field({
    type: SupportPlanRef,
    description:
      'Starts a new plan version as a DRAFT (version = latest + 1). The person may have one open draft or submitted version at a time.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: DraftSupportPlanInput, required: true }) },
    errors: {
      types: [ValidationFailed, RuleViolated, NotFound, Conflict, Forbidden],
      dataField: { name: 'plan' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'draftSupportPlan', async (tx, events) => {
        events.fromResult('support_plan.drafted');
        const staff = await actingStaff(tx, context);
        const person = await tx.person.findFirst({
          where: tenantRowWhere(input.personId.id, councilId),
          select: { id: true },
        });
        if (!person) throw new NotFound('person', ['input', 'personId']);
        return newPlanVersion(
          tx,
          councilId,
          person.id,
          input.content,
          { preparedById: staff.id },
          todayIn(context.now()),
        );
      });
    },
  }),
);
