import { cqcLocationSchema } from '@openpb/domain/entities/cqc-location';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { SupportPlanRef } from '../planning/support-plan.ts';
import { SupportPlanLineRef } from '../planning/support-plan-line.ts';

const SetPlanLineCqcLocationInput = builder.inputType('SetPlanLineCqcLocationInput', {
  description:
    'The CQC location delivering a line (CLD Provider_CQC_Location_ID / _Name), for a line drafted without it or a provider that moved its service.',
  fields: (t) => ({
    planId: t.globalID({ for: SupportPlanRef }),
    position: t.int({ description: 'The line’s position in its plan version.' }),
    providerCqcLocationId: t.string({ description: 'E.g. 1-101641599.' }),
    providerCqcLocationName: t.string({ required: false }),
  }),
});

const inputSchema = cqcLocationSchema.extend({ planId: z.string(), position: z.int().min(0) });

builder.mutationField('setPlanLineCqcLocation', (t) =>
  t.field({
    type: SupportPlanLineRef,
    description:
      'Records the CQC location of the provider delivering an existing plan line. A cancelled line is an InvalidState: it never ran.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: SetPlanLineCqcLocationInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, InvalidState, Forbidden],
      dataField: { name: 'line' },
    },
    resolve: async (_root, { input }, context) => {
      const location = parseInput(inputSchema, { ...input, planId: input.planId.id });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'setPlanLineCqcLocation', async (tx, events) => {
        await actingStaff(tx, context);
        const plan = await tx.supportPlan.findUnique({
          where: tenantRowWhere(location.planId, councilId),
          select: { id: true, personId: true },
        });
        if (!plan) throw new NotFound('support plan', ['input', 'planId']);
        // about the plan's person, so that apps they delegated READ_PLAN to hear of it (D93)
        events.fromResult('support_plan_line.cqc_location_set', (changed: { id: string }) => ({
          id: changed.id,
          personId: plan.personId,
        }));
        const line = await tx.supportPlanLine.findUnique({
          where: { planId_position: { planId: plan.id, position: location.position } },
        });
        if (!line) throw new NotFound('line at that position', ['input', 'position']);
        if (line.status === 'CANCELLED') {
          throw new InvalidState('This line was cancelled; it never ran', ['input', 'position']);
        }
        await tx.supportPlan.update({
          where: { id: plan.id },
          data: { revision: { increment: 1 } },
        });
        return tx.supportPlanLine.update({
          where: { id: line.id },
          data: {
            providerCqcLocationId: location.providerCqcLocationId,
            providerCqcLocationName: location.providerCqcLocationName ?? null,
          },
        });
      });
    },
  }),
);
