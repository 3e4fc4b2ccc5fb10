import type { Prisma } from '@openpb/db/client';
import { safeguardingConcernInputSchema } from '@openpb/domain/entities/safeguarding-concern';
import { reviewTriggersFor } from '@openpb/domain/rules/review-triggers';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { scheduleTriggeredDirectPaymentReview } from '../../write-steps/triggered-direct-payment-review.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { PersonRef } from '../person.ts';
import { checkWorkerHoldsCase } from './qualified-worker-check.ts';
import { referencedPerson, referencedStaffMember } from './referenced-records.ts';
import { ReviewRef } from './review.ts';
import { SafeguardingConcernRef } from './safeguarding-concern.ts';
import { StaffMemberRef } from './staff-member.ts';

interface ConcernRaised {
  readonly concern: Prisma.SafeguardingConcernGetPayload<object>;
  readonly triggeredReview: Prisma.ReviewGetPayload<object> | null;
}

const RaiseSafeguardingConcernInput = builder.inputType('RaiseSafeguardingConcernInput', {
  fields: (t) => ({
    personId: t.globalID({ for: PersonRef }),
    raisedDate: t.field({ type: 'Date' }),
    raisedBy: t.string({
      description: 'Who raised it, by role or organisation (e.g. "District nurse"); not a name.',
    }),
    affectsDirectPayment: t.boolean({
      description:
        'When true and the person has an active direct payment agreement, an unplanned direct payment review is scheduled (I-11).',
    }),
    leadStaffId: t.globalID({
      for: StaffMemberRef,
      required: false,
      description: 'The lead worker; a registered social worker under the council’s policy (I-6).',
    }),
  }),
});

const ConcernRaisedRef = builder
  .objectRef<ConcernRaised>('RaiseSafeguardingConcernSuccess')
  .implement({
    description: 'The concern, and the direct payment review it triggered, if any.',
    fields: (t) => ({
      concern: t.field({ type: SafeguardingConcernRef, resolve: (result) => result.concern }),
      triggeredReview: t.field({
        type: ReviewRef,
        nullable: true,
        description:
          'The unplanned direct payment review scheduled under I-11 (DP Regulations reg 7), due within the council’s SLA.',
        resolve: (result) => result.triggeredReview,
      }),
    }),
  });

builder.mutationField('raiseSafeguardingConcern', (t) =>
  t.field({
    type: ConcernRaisedRef,
    description:
      'Records a safeguarding concern. If it affects an active direct payment, the same action schedules the unplanned direct payment review (I-11).',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RaiseSafeguardingConcernInput, required: true }) },
    errors: { types: [ValidationFailed, NotFound, RuleViolated, Forbidden], directResult: true },
    resolve: async (_root, { input }, context) => {
      const concern = parseInput(safeguardingConcernInputSchema, {
        ...input,
        personId: input.personId.id,
        leadStaffId: input.leadStaffId?.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(
        context,
        'raiseSafeguardingConcern',
        async (tx, events): Promise<ConcernRaised> => {
          events.fromResult('safeguarding_concern.raised', (r: ConcernRaised) => r.concern);
          await actingStaff(tx, context);
          const person = await referencedPerson(tx, councilId, concern.personId, [
            'input',
            'personId',
          ]);
          const policy = await councilPolicyOn(tx, councilId, concern.raisedDate);
          const lead =
            concern.leadStaffId === undefined
              ? null
              : await referencedStaffMember(tx, councilId, concern.leadStaffId, [
                  'input',
                  'leadStaffId',
                ]);
          if (lead) {
            enforce(
              checkWorkerHoldsCase(
                {
                  complexity: 'LOW',
                  safeguardingActive: true,
                  workerQualification: lead.qualification,
                },
                policy.qualificationRules,
                'leadStaffId',
              ),
            );
          }
          const created = await tx.safeguardingConcern.create({
            data: {
              councilId,
              personId: person.id,
              raisedDate: toDbDate(concern.raisedDate),
              raisedBy: concern.raisedBy,
              affectsDirectPayment: concern.affectsDirectPayment,
              leadStaffId: lead?.id ?? null,
            },
          });
          const trigger = reviewTriggersFor(
            {
              kind: 'SAFEGUARDING_CONCERN_RAISED',
              occurredOn: concern.raisedDate,
              affectsDirectPayment: concern.affectsDirectPayment,
            },
            policy,
          );
          const triggeredReview = await scheduleTriggeredDirectPaymentReview(tx, person, trigger);
          return { concern: created, triggeredReview };
        },
      );
    },
  }),
);
