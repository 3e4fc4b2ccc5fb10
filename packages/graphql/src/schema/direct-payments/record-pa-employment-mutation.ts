import { FamilyPaymentReason } from '@openpb/domain/code-lists/family-payment-reason';
import { FamilyRelationship } from '@openpb/domain/code-lists/family-relationship';
import { PaEmploymentType } from '@openpb/domain/code-lists/pa-employment-type';
import { paEmploymentInputSchema } from '@openpb/domain/entities/pa-employment';
import { builder } from '../../builder.ts';
import { toDbDateOrNull } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import type { EventSubject as EventRow } from '../../events/event-collector.ts';
import { EMPLOYMENT_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { PaEmploymentRef } from './pa-employment.ts';

const RecordPaEmploymentInput = builder.inputType('RecordPaEmploymentInput', {
  fields: (t) => ({
    agreementId: t.id(),
    workerRef: t.string({ description: 'A pseudonymised worker reference, never a name.' }),
    employmentType: t.field({ type: codeEnum(PaEmploymentType) }),
    isFamilyMember: t.boolean(),
    familyRelationship: t.field({
      type: codeEnum(FamilyRelationship),
      required: false,
      description:
        'A family member’s relationship; leave it out when it is not known (then paying them needs the council’s recorded approval, DP Regs reg 3(2), I-8).',
    }),
    livesInSameHousehold: t.boolean(),
    familyPaymentApprovedOn: t.field({
      type: 'Date',
      required: false,
      description:
        'When the council agreed paying this partner or same-household relative is necessary (I-8).',
    }),
    familyPaymentJustification: t.field({ type: codeEnum(FamilyPaymentReason), required: false }),
    rightToWorkCheckedOn: t.field({ type: 'Date', required: false }),
    dbsCheckedOn: t.field({ type: 'Date', required: false }),
    contractIssuedOn: t.field({ type: 'Date', required: false }),
    employersLiabilityExpiry: t.field({ type: 'Date', required: false }),
    pensionEnrolled: t.boolean({ required: false }),
    hourlyRatePence: t.field({ type: 'Pence' }),
    contingencyPlanOnFile: t.boolean({ required: false }),
  }),
});

builder.mutationField('recordPaEmployment', (t) =>
  t.field({
    type: PaEmploymentRef,
    description:
      'Records a worker paid through a direct payment with the employer checks. Paying a partner or a relative in the same household needs the council’s recorded approval (I-8, FAMILY_PAYMENT_NOT_APPROVED).',
    authScopes: { anyRole: EMPLOYMENT_ROLES },
    args: { input: t.arg({ type: RecordPaEmploymentInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Forbidden],
      dataField: { name: 'employment' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const employment = parseInput(paEmploymentInputSchema, input);
      return writeTransaction(context, 'recordPaEmployment', async (tx, events) => {
        await actingStaff(tx, context);
        const agreement = await directPaymentRows.agreement(tx, councilId, input.agreementId, [
          'input',
          'agreementId',
        ]);
        events.fromResult('pa_employment.recorded', (r: EventRow) => ({
          id: r.id,
          personId: agreement.personId,
        }));
        return tx.paEmployment.create({
          data: {
            councilId,
            agreementId: agreement.id,
            workerRef: employment.workerRef,
            employmentType: employment.employmentType,
            isFamilyMember: employment.isFamilyMember,
            familyRelationship: employment.familyRelationship ?? null,
            livesInSameHousehold: employment.livesInSameHousehold,
            familyPaymentApprovedOn: toDbDateOrNull(employment.familyPaymentApprovedOn),
            familyPaymentJustification: employment.familyPaymentJustification ?? null,
            rightToWorkCheckedOn: toDbDateOrNull(employment.rightToWorkCheckedOn),
            dbsCheckedOn: toDbDateOrNull(employment.dbsCheckedOn),
            contractIssuedOn: toDbDateOrNull(employment.contractIssuedOn),
            employersLiabilityExpiry: toDbDateOrNull(employment.employersLiabilityExpiry),
            pensionEnrolled: employment.pensionEnrolled ?? false,
            hourlyRatePence: employment.hourlyRatePence,
            contingencyPlanOnFile: employment.contingencyPlanOnFile,
          },
        });
      });
    },
  }),
);
