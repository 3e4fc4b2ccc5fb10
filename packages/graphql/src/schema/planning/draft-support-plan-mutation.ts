import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { actingStaff } from '../../mutations/acting-staff.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { PersonRef } from '../person.ts';
import { SupportPlanRef } from './support-plan.ts';
import { planContentToRows } from './support-plan-content.ts';
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
      return context.db.$transaction(async (tx) => {
        const staff = await actingStaff(tx, context);
        const person = await tx.person.findFirst({
          where: tenantRowWhere(input.personId.id, councilId),
          select: { id: true },
        });
        if (!person) throw new NotFound('person', ['input', 'personId']);
        await tx.$executeRaw`SELECT 1 FROM person WHERE id = ${person.id}::uuid FOR UPDATE`;
        const open = await tx.supportPlan.findFirst({
          where: { personId: person.id, status: { in: ['DRAFT', 'SUBMITTED'] } },
          select: { id: true },
        });
        if (open) {
          throw new Conflict(
            'DUPLICATE',
            'The person has an open draft or submitted plan; revise that one',
            ['input', 'personId'],
          );
        }
        const { columns, lines } = await planContentToRows(tx, councilId, person.id, input.content);
        const latest = await tx.supportPlan.findFirst({
          where: { personId: person.id },
          orderBy: { version: 'desc' },
          select: { version: true },
        });
        const current = await tx.supportPlan.findFirst({
          where: { personId: person.id, status: 'APPROVED' },
          select: { id: true },
        });
        return tx.supportPlan.create({
          data: {
            ...columns,
            councilId,
            personId: person.id,
            version: (latest?.version ?? 0) + 1,
            status: 'DRAFT',
            supersedesId: current?.id ?? null,
            preparedById: staff.id,
            lines: { create: lines },
          },
        });
      });
    },
  }),
);
