import { AccommodationStatus } from '@openpb/domain/code-lists/accommodation-status';
import { ClientType } from '@openpb/domain/code-lists/client-type';
import { Ethnicity } from '@openpb/domain/code-lists/ethnicity';
import { Gender } from '@openpb/domain/code-lists/gender';
import { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { createPersonInputSchema } from '@openpb/domain/entities/person';
import { builder } from '../builder.ts';
import { Conflict } from '../errors/conflict.ts';
import { Forbidden } from '../errors/forbidden.ts';
import { parseInput, ValidationFailed } from '../errors/validation-failed.ts';
import { writeTransaction } from '../mutations/write-transaction.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { CASEWORK_ROLES } from '../staff-roles.ts';
import { todayIn } from '../today.ts';
import { codeEnum } from './code-lists.ts';
import { PersonRef } from './person.ts';

const CreatePersonInput = builder.inputType('CreatePersonInput', {
  fields: (t) => ({
    laPersonId: t.string({
      description: 'The council’s own identifier; unique within the council.',
    }),
    nhsNumber: t.string({
      required: false,
      description: '10 digits with a valid modulus-11 check digit.',
    }),
    givenName: t.string(),
    familyName: t.string(),
    birthDate: t.field({ type: 'Date', description: 'The person must be 18 or over.' }),
    gender: t.field({ type: codeEnum(Gender) }),
    ethnicity: t.field({ type: codeEnum(Ethnicity) }),
    postcode: t.string({ description: 'A UK postcode; stored upper-case with one space.' }),
    clientType: t.field({ type: codeEnum(ClientType) }),
    primarySupportReason: t.field({ type: codeEnum(PrimarySupportReason) }),
    accommodationStatus: t.field({ type: codeEnum(AccommodationStatus) }),
    mentalCapacityForDp: t.field({ type: codeEnum(MentalCapacityForDp) }),
  }),
});

builder.mutationField('createPerson', (t) =>
  t.field({
    type: PersonRef,
    description:
      'Records a new person in your council. Fails with a typed error, writing nothing, on bad input or a duplicate.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: CreatePersonInput, required: true }) },
    errors: { types: [ValidationFailed, Conflict, Forbidden], dataField: { name: 'person' } },
    resolve: async (_root, { input }, context) => {
      const person = parseInput(createPersonInputSchema(todayIn(context.now())), input);
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'createPerson', async (tx) => {
        const clash = await tx.person.findFirst({
          where: {
            councilId,
            OR: [
              { laPersonId: person.laPersonId },
              ...(person.nhsNumber ? [{ nhsNumber: person.nhsNumber }] : []),
            ],
          },
          select: { laPersonId: true },
        });
        if (clash)
          throw duplicateOf(clash.laPersonId === person.laPersonId ? 'laPersonId' : 'nhsNumber');
        try {
          return await tx.person.create({
            data: {
              councilId,
              laPersonId: person.laPersonId,
              nhsNumber: person.nhsNumber ?? null,
              givenName: person.givenName,
              familyName: person.familyName,
              birthDate: new Date(`${person.birthDate}T00:00:00Z`),
              gender: person.gender,
              ethnicity: person.ethnicity,
              postcode: person.postcode,
              clientType: person.clientType,
              primarySupportReason: person.primarySupportReason,
              accommodationStatus: person.accommodationStatus,
              mentalCapacityForDp: person.mentalCapacityForDp,
            },
          });
        } catch (error) {
          // a concurrent insert of the same person won the race
          if (isUniqueViolation(error)) throw duplicateOf('laPersonId');
          throw error;
        }
      });
    },
  }),
);

function duplicateOf(field: 'laPersonId' | 'nhsNumber'): Conflict {
  return new Conflict('DUPLICATE', `A person with this ${field} exists already in your council`, [
    'input',
    field,
  ]);
}
