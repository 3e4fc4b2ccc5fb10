import { compareDates } from '@openpb/domain/dates';
import { endCarerLinkInputSchema } from '@openpb/domain/entities/carer-link';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { CarerLinkRef } from './carer-link.ts';

const EndCarerLinkInput = builder.inputType('EndCarerLinkInput', {
  fields: (t) => ({
    carerLinkId: t.globalID({ for: CarerLinkRef }),
    validTo: t.field({
      type: 'Date',
      description: 'The last day of caring: not in the future, not before the link started.',
    }),
  }),
});

builder.mutationField('endCarerLink', (t) =>
  t.field({
    type: CarerLinkRef,
    description: 'Ends an open caring relationship on its last day.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: EndCarerLinkInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, InvalidState, Forbidden],
      dataField: { name: 'carerLink' },
    },
    resolve: async (_root, { input }, context) => {
      const end = parseInput(endCarerLinkInputSchema(todayIn(context.now())), {
        ...input,
        carerLinkId: input.carerLinkId.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'endCarerLink', async (tx, events) => {
        events.fromResult('carer_link.ended');
        await actingStaff(tx, context);
        const link = await tx.carerLink.findUnique({
          where: tenantRowWhere(end.carerLinkId, councilId),
        });
        if (!link) throw new NotFound('carer link', ['input', 'carerLinkId']);
        if (link.validTo !== null) {
          throw new InvalidState('This caring relationship has ended already', [
            'input',
            'carerLinkId',
          ]);
        }
        if (compareDates(end.validTo, fromDbDate(link.validFrom)) < 0) {
          throw new ValidationFailed([
            {
              path: ['validTo'],
              message: 'The end date cannot be before the start date',
              code: 'INVALID_VALUE',
            },
          ]);
        }
        // only an open link is ended: of two concurrent endings one wins
        const { count } = await tx.carerLink.updateMany({
          where: { id: link.id, validTo: null },
          data: { validTo: toDbDate(end.validTo) },
        });
        if (count === 0) {
          throw new InvalidState('This caring relationship has ended already', [
            'input',
            'carerLinkId',
          ]);
        }
        return tx.carerLink.findUniqueOrThrow({ where: { id: link.id } });
      });
    },
  }),
);
