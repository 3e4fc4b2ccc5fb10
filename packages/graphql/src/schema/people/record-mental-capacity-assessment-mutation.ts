import type { Prisma } from '@openpb/db/client';
import { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import {
  capacityAfterAssessment,
  mentalCapacityAssessmentInputSchema,
} from '@openpb/domain/entities/mental-capacity-assessment';
import { reviewTriggersFor } from '@openpb/domain/rules/review-triggers';
import { checkWithinLifetime } from '@openpb/domain/rules/within-lifetime';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate, toDbDateOrNull } from '../../business-dates.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import type { EventSubject as EventRow } from '../../events/event-collector.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { scheduleTriggeredDirectPaymentReview } from '../../write-steps/triggered-direct-payment-review.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { referencedPerson, referencedStaffMember } from '../case-pathway/referenced-records.ts';
import { ReviewRef } from '../case-pathway/review.ts';
import { StaffMemberRef } from '../case-pathway/staff-member.ts';
import { codeEnum } from '../code-lists.ts';
import { PersonRef } from '../person.ts';
import { lifetimeOf } from './lifetime.ts';
import { MentalCapacityAssessmentRef } from './mental-capacity-assessment.ts';

interface CapacityRecorded {
  readonly assessment: Prisma.MentalCapacityAssessmentGetPayload<object>;
  readonly person: Prisma.PersonGetPayload<object>;
  readonly triggeredReview: Prisma.ReviewGetPayload<object> | null;
}

const RecordMentalCapacityAssessmentInput = builder.inputType(
  'RecordMentalCapacityAssessmentInput',
  {
    fields: (t) => ({
      personId: t.globalID({ for: PersonRef }),
      assessedOn: t.field({ type: 'Date', description: 'Not in the future, not after death.' }),
      outcome: t.field({
        type: codeEnum(MentalCapacityForDp),
        description: 'CAPACITY_PRESENT or LACKS_CAPACITY; NOT_ASSESSED is not an outcome.',
      }),
      assessorStaffId: t.globalID({
        for: StaffMemberRef,
        required: false,
        description: 'The council’s assessor; or give assessorName.',
      }),
      assessorName: t.string({
        required: false,
        description: 'An assessor from outside the council (e.g. the person’s psychiatrist).',
      }),
    }),
  },
);

const CapacityRecordedRef = builder
  .objectRef<CapacityRecorded>('RecordMentalCapacityAssessmentSuccess')
  .implement({
    fields: (t) => ({
      assessment: t.field({
        type: MentalCapacityAssessmentRef,
        resolve: (done) => done.assessment,
      }),
      person: t.field({ type: PersonRef, resolve: (done) => done.person }),
      triggeredReview: t.field({
        type: ReviewRef,
        nullable: true,
        description:
          'The unplanned direct payment review scheduled because capacity changed while a direct payment is active (I-11).',
        resolve: (done) => done.triggeredReview,
      }),
    }),
  });

builder.mutationField('recordMentalCapacityAssessment', (t) =>
  t.field({
    type: CapacityRecordedRef,
    description:
      'Records an assessment of capacity to request and manage a direct payment, with its date and assessor, kept as history. The latest assessment decides the person’s capacity for direct payments; a change while a direct payment is active schedules an unplanned direct payment review (I-11, DP Regulations reg 7).',
    authScopes: { anyRole: CASEWORK_ROLES },
    args: { input: t.arg({ type: RecordMentalCapacityAssessmentInput, required: true }) },
    errors: { types: [ValidationFailed, NotFound, RuleViolated, Forbidden], directResult: true },
    resolve: async (_root, { input }, context) => {
      const assessment = parseInput(mentalCapacityAssessmentInputSchema(todayIn(context.now())), {
        ...input,
        personId: input.personId.id,
        assessorStaffId: input.assessorStaffId?.id,
      });
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'recordMentalCapacityAssessment', async (tx, events) => {
        events.fromResult(
          'mental_capacity_assessment.recorded',
          (r: { assessment: EventRow }) => r.assessment,
        );
        await actingStaff(tx, context);
        const person = await referencedPerson(tx, councilId, assessment.personId, [
          'input',
          'personId',
        ]);
        enforce(checkWithinLifetime(assessment.assessedOn, lifetimeOf(person), ['assessedOn']));
        const assessor =
          assessment.assessorStaffId === undefined
            ? null
            : await referencedStaffMember(tx, councilId, assessment.assessorStaffId, [
                'input',
                'assessorStaffId',
              ]);
        const created = await tx.mentalCapacityAssessment.create({
          data: {
            councilId,
            personId: person.id,
            assessedOn: toDbDate(assessment.assessedOn),
            outcome: assessment.outcome,
            assessorStaffId: assessor?.id ?? null,
            assessorName: assessment.assessorName ?? null,
            recordedBySubject: context.viewer.subject,
            recordedAt: context.now(),
          },
        });
        const before = person.mentalCapacityForDp as MentalCapacityForDp;
        const after = capacityAfterAssessment(
          {
            mentalCapacityForDp: before,
            capacityAssessedOn: person.capacityAssessedOn
              ? fromDbDate(person.capacityAssessedOn)
              : null,
          },
          assessment,
        );
        const updated = await tx.person.update({
          where: { id: person.id },
          data: {
            mentalCapacityForDp: after.mentalCapacityForDp,
            capacityAssessedOn: toDbDateOrNull(after.capacityAssessedOn),
          },
        });
        const policy = await councilPolicyOn(tx, councilId, assessment.assessedOn);
        const trigger = reviewTriggersFor(
          {
            kind: 'CAPACITY_CHANGED',
            occurredOn: assessment.assessedOn,
            // capacity was presumed before any assessment (MCA 2005 s1(2)): confirming it changes nothing
            from: before === 'NOT_ASSESSED' ? 'CAPACITY_PRESENT' : before,
            to: after.mentalCapacityForDp,
          },
          policy,
        );
        const triggeredReview = await scheduleTriggeredDirectPaymentReview(tx, person, trigger);
        return { assessment: created, person: updated, triggeredReview };
      });
    },
  }),
);
