import type { Person } from '@openpb/db/client';
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
import { uuidV7 } from '../events/event-collector.ts';
import { isUniqueViolation } from '../prisma-errors.ts';
import { CASEWORK_ROLES } from '../staff-roles.ts';
import { todayIn } from '../today.ts';
import { sqlWriteTransaction } from '../write-steps/write-transaction.ts';
import { codeEnum } from './code-lists.ts';
import { tableOf } from './model-table.ts';
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
      return sqlWriteTransaction(
        context,
        'createPerson',
        async (sql, events) => {
          events.fromResult('person.created');
          try {
            const [row] = await sql(
              CREATE_PERSON_SQL,
              [
                uuidV7(),
                councilId,
                person.laPersonId,
                person.nhsNumber ?? null,
                person.givenName,
                person.familyName,
                person.birthDate,
                person.gender,
                person.ethnicity,
                person.postcode,
                person.clientType,
                person.primarySupportReason,
                person.accommodationStatus,
                person.mentalCapacityForDp,
                person.employmentStatus ?? null,
                person.hasUnpaidCarer ?? null,
                person.autism ?? null,
                person.dementia ?? null,
                person.visualImpairment ?? null,
                person.hearingImpairment ?? null,
                person.gpPractice?.code ?? null,
                person.gpPractice?.name ?? null,
              ],
              'create_person',
            );
            if (!row) throw new Error('INSERT … RETURNING returned no row');
            return personTable.modelRow<Person>(row);
          } catch (error) {
            // the council has this person already, or a concurrent insert of them won the race
            if (isUniqueViolation(error)) throw duplicateOf(clashingField(error));
            throw error;
          }
        },
        'Person',
      );
    },
  }),
);

const personTable = tableOf('Person');

/** One statement: the unique indexes on (council, laPersonId) and (council, nhsNumber) find a duplicate. */
const CREATE_PERSON_SQL = `INSERT INTO person (id, council_id, la_person_id, nhs_number, given_name,
    family_name, birth_date, gender, ethnicity, postcode, client_type, primary_support_reason,
    accommodation_status, mental_capacity_for_dp, employment_status, has_unpaid_carer, autism,
    dementia, visual_impairment, hearing_impairment, gp_practice_code, gp_practice_name, updated_at)
  VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::date, $8, $9, $10, $11, $12, $13, $14, $15, $16,
    $17, $18, $19, $20, $21, $22, now())
  RETURNING ${personTable.selectText()}`;

/** The unique index a duplicate ran into, from PostgreSQL's report of it. */
function clashingField(error: unknown): 'laPersonId' | 'nhsNumber' {
  const constraint = (error as { constraint?: unknown }).constraint;
  return constraint === 'person_council_id_nhs_number_key' ? 'nhsNumber' : 'laPersonId';
}

function duplicateOf(field: 'laPersonId' | 'nhsNumber'): Conflict {
  return new Conflict('DUPLICATE', `A person with this ${field} exists already in your council`, [
    'input',
    field,
  ]);
}
