import { RepresentativeRole } from '@openpb/domain/code-lists/representative-role';
import { representativeInputSchema } from '@openpb/domain/entities/representative';
import { builder } from '../../builder.ts';
import { toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonRef } from '../person.ts';
import { RepresentativeRef } from './representative.ts';

const RecordRepresentativeInput = builder.inputType('RecordRepresentativeInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef }),
    role: t.field({ type: codeEnum(RepresentativeRole) }),
    name: t.string(),
    validFrom: t.field({ type: 'Date' }),
    validTo: t.field({ type: 'Date', required: false }),
    consentRecordedOn: t.field({
      type: 'Date',
      required: false,
      description: 'When the representative agreed to act.',
    }),
  }),
});

builder.mutationField('recordRepresentative', (t) =>
  t.field({
    type: RepresentativeRef,
    description:
      'Records someone who acts for the person, e.g. the authorised person who will receive a direct payment (s32).',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RecordRepresentativeInput, required: true }) },
    errors: {
      types: [ValidationFailed, RuleViolated, NotFound, Forbidden],
      dataField: { name: 'representative' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const { personId, ...fields } = input;
      const representative = parseInput(representativeInputSchema, fields);
      return writeTransaction(context, 'recordRepresentative', async (tx, events) => {
        events.fromResult('representative.recorded');
        await actingStaff(tx, context);
        const person = await tx.person.findFirst({
          where: tenantRowWhere(personId.id, councilId),
          select: { id: true },
        });
        if (!person) throw new NotFound('person', ['input', 'personId']);
        return tx.representative.create({
          data: {
            councilId,
            personId: person.id,
            role: representative.role,
            name: representative.name,
            validFrom: toDbDate(representative.validFrom),
            validTo: toDbDateOrNull(representative.validTo),
            consentRecordedOn: toDbDateOrNull(representative.consentRecordedOn),
          },
        });
      });
    },
  }),
);
