import { AccommodationStatus } from '@openpb/domain/code-lists/accommodation-status';
import { ClientFundingStatus } from '@openpb/domain/code-lists/client-funding-status';
import { ClientType } from '@openpb/domain/code-lists/client-type';
import { EmploymentStatus } from '@openpb/domain/code-lists/employment-status';
import { Ethnicity } from '@openpb/domain/code-lists/ethnicity';
import { PersonDetailField } from '@openpb/domain/code-lists/person-detail-field';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import {
  changePersonDetailsInputSchema,
  detailChangesOf,
} from '@openpb/domain/entities/person-details';
import { checkWithinLifetime } from '@openpb/domain/rules/within-lifetime';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { referencedPerson } from '../case-pathway/referenced-records.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonRef } from '../person.ts';
import { GpPracticeInput } from './gp-practice-input.ts';
import { lifetimeOf } from './lifetime.ts';
import { recordDetailChanges } from './record-detail-changes.ts';

const ChangePersonDetailsInput = builder.inputType('ChangePersonDetailsInput', {
  description:
    'Changes of CLD person details from a date; only the fields given change. The history keeps the value each had before, so a report for a past date reads it as it was.',
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef }),
    effectiveFrom: t.field({
      type: 'Date',
      description:
        'The day the change took effect: not in the future, not before birth or after death. A second change on the same date corrects the first.',
    }),
    postcode: t.string({ required: false }),
    accommodationStatus: t.field({ type: codeEnum(AccommodationStatus), required: false }),
    employmentStatus: t.field({ type: codeEnum(EmploymentStatus), required: false }),
    clientFundingStatus: t.field({ type: codeEnum(ClientFundingStatus), required: false }),
    ethnicity: t.field({ type: codeEnum(Ethnicity), required: false }),
    gpPractice: t.field({ type: GpPracticeInput, required: false }),
    hasUnpaidCarer: t.boolean({ required: false, description: 'CLD Has_Unpaid_Carer.' }),
    autism: t.boolean({ required: false, description: 'CLD Autism_Spectrum_Disorder_ASD.' }),
    dementia: t.boolean({ required: false, description: 'CLD Dementia.' }),
    visualImpairment: t.boolean({ required: false, description: 'CLD Visual_Impairment.' }),
    hearingImpairment: t.boolean({ required: false, description: 'CLD Hearing_Impairment.' }),
    clientType: t.field({
      type: codeEnum(ClientType),
      required: false,
      description:
        'CLD Client_Type: a service user who becomes an unpaid carer, or stops being one. ASCOF 3D and the CLD return read it as it was at each date.',
    }),
    primarySupportReason: t.field({
      type: codeEnum(PrimarySupportReason),
      required: false,
      description: 'CLD Primary_Support_Reason, read by the CLD return as it was at each event.',
    }),
    clear: t.field({
      type: [codeEnum(PersonDetailField)],
      required: false,
      description:
        'Details that are no longer known (employment status, GP practice, unpaid carer, conditions). Clearing GP_PRACTICE_CODE clears the name too.',
    }),
  }),
});

builder.mutationField('changePersonDetails', (t) =>
  t.field({
    type: PersonRef,
    description:
      'Records changes of a person’s details effective from a date, keeping their history (D19). The person shows the value in force today.',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: ChangePersonDetailsInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Forbidden],
      dataField: { name: 'person' },
    },
    resolve: async (_root, { input }, context) => {
      const change = parseInput(changePersonDetailsInputSchema(todayIn(context.now())), {
        ...input,
        personId: input.personId.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'changePersonDetails', async (tx, events) => {
        events.fromResult('person.details_changed');
        await actingStaff(tx, context);
        const person = await referencedPerson(tx, councilId, change.personId, [
          'input',
          'personId',
        ]);
        enforce(checkWithinLifetime(change.effectiveFrom, lifetimeOf(person), ['effectiveFrom']));
        await recordDetailChanges(tx, person, detailChangesOf(change), change.effectiveFrom, {
          bySubject: context.viewer.subject,
          at: context.now(),
        });
        return tx.person.findUniqueOrThrow({ where: { id: person.id } });
      });
    },
  }),
);
