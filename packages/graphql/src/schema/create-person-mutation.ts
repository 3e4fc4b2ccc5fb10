import { AccommodationStatus } from '@openpb/domain/code-lists/accommodation-status';
import { ClientType } from '@openpb/domain/code-lists/client-type';
import { EmploymentStatus } from '@openpb/domain/code-lists/employment-status';
import { Ethnicity } from '@openpb/domain/code-lists/ethnicity';
import { Gender } from '@openpb/domain/code-lists/gender';
import { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { createPersonInputSchema } from '@openpb/domain/entities/person';
import { builder } from '../builder.ts';
import { Conflict } from '../errors/conflict.ts';
import { Forbidden } from '../errors/forbidden.ts';
import { parseInput, ValidationFailed } from '../errors/validation-failed.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { CASEWORK_ROLES } from '../staff-roles.ts';
import { todayIn } from '../today.ts';
import { writeTransaction } from '../write-steps/write-transaction.ts';
import { codeEnum } from './code-lists.ts';
import { GpPracticeInput } from './people/gp-practice-input.ts';
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
    mentalCapacityForDp: t.field({
      type: codeEnum(MentalCapacityForDp),
      required: false,
      description:
        'Default NOT_ASSESSED: capacity is presumed until assessed otherwise (MCA 2005 s1(2)); record assessments with recordMentalCapacityAssessment.',
    }),
    employmentStatus: t.field({ type: codeEnum(EmploymentStatus), required: false }),
    hasUnpaidCarer: t.boolean({
      required: false,
      description: 'CLD Has_Unpaid_Carer (mandatory in the return); leave it out when not known.',
    }),
    autism: t.boolean({ required: false, description: 'CLD Autism_Spectrum_Disorder_ASD.' }),
    dementia: t.boolean({ required: false, description: 'CLD Dementia.' }),
    visualImpairment: t.boolean({ required: false, description: 'CLD Visual_Impairment.' }),
    hearingImpairment: t.boolean({ required: false, description: 'CLD Hearing_Impairment.' }),
    gpPractice: t.field({ type: GpPracticeInput, required: false }),
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
      return writeTransaction(context, 'createPerson', async (tx, events) => {
        events.fromResult('person.created');
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
              employmentStatus: person.employmentStatus ?? null,
              hasUnpaidCarer: person.hasUnpaidCarer ?? null,
              autism: person.autism ?? null,
              dementia: person.dementia ?? null,
              visualImpairment: person.visualImpairment ?? null,
              hearingImpairment: person.hearingImpairment ?? null,
              gpPracticeCode: person.gpPractice?.code ?? null,
              gpPracticeName: person.gpPractice?.name ?? null,
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
