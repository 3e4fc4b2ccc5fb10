import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { DelegationRef } from './delegation.ts';

const RevokeDelegationInput = builder.inputType('RevokeDelegationInput', {
  fields: (t) => ({ delegationId: t.globalID({ for: DelegationRef }) }),
});

builder.mutationField('revokeDelegation', (t) =>
  t.field({
    type: DelegationRef,
    description:
      'Ends a delegation at once: from this moment the organisation sees and does nothing for the person.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RevokeDelegationInput, required: true }) },
    errors: { types: [NotFound, InvalidState, Forbidden], dataField: { name: 'delegation' } },
    resolve: async (_root, { input }, context) =>
      writeTransaction(context, 'revokeDelegation', async (tx, events) => {
        events.fromResult('delegation.revoked');
        await actingStaff(tx, context);
        const delegation = await tx.delegation.findFirst({
          where: tenantRowWhere(input.delegationId.id, context.viewer.councilId),
        });
        if (!delegation) throw new NotFound('delegation', ['input', 'delegationId']);
        if (delegation.revokedAt)
          throw new InvalidState('The delegation is revoked already', ['input', 'delegationId']);
        return tx.delegation.update({
          where: { id: delegation.id },
          data: { revokedAt: context.now() },
        });
      }),
  }),
);
