import type { EnquiryType } from '@openpb/domain/code-lists/enquiry-type';
import type { MspOutcomesAchieved } from '@openpb/domain/code-lists/msp-outcomes-achieved';
import { addDays, daysBetween, type IsoDate, isAfter } from '@openpb/domain/dates';
import type { LaPolicy } from '@openpb/domain/entities/council-policy';
import { reviewTriggersFor } from '@openpb/domain/rules/review-triggers';
import type { AgreementRow } from './direct-payment-generator.ts';
import type { Random } from './random.ts';
import type { RowBatch } from './row-batch.ts';
import type { StaffRow } from './staff-generator.ts';

/** Share of people with a safeguarding concern in the data set. */
export const SAFEGUARDING_SHARE = 0.03;

/** When and how a concern runs, drawn before the case is allocated (open concerns need a qualified worker, I-6). */
export interface SafeguardingDraw {
  readonly raised: IsoDate;
  readonly enquiryType: EnquiryType | null;
  readonly enquiryStart: IsoDate | null;
  readonly enquiryEnd: IsoDate | null;
  readonly closed: IsoDate | null;
  readonly affectsDirectPayment: boolean;
}

const RAISED_BY = [
  'Family member',
  'Care provider',
  'GP or community health',
  'Hospital',
  'Police',
  'Social care staff',
  'The adult',
  'Neighbour or friend',
];

const MSP_OUTCOMES: Readonly<Record<MspOutcomesAchieved, number>> = {
  FULLY: 60,
  PARTIALLY: 30,
  NOT_ACHIEVED: 10,
};

/** A concern raised between `from` and the as-of date; some lead to a s42 enquiry, some stay open. */
export function drawSafeguarding(
  random: Random,
  from: IsoDate,
  asOf: IsoDate,
  hasDirectPayment: boolean,
): SafeguardingDraw {
  const raised = addDays(from, random.int(0, Math.max(0, daysBetween(from, asOf))));
  const kind = random.next();
  const enquiryType: EnquiryType | null = kind < 0.55 ? 'SECTION_42' : kind < 0.8 ? 'OTHER' : null;
  const enquiryStart = enquiryType ? addDays(raised, random.int(0, 5)) : null;
  const ends = enquiryStart
    ? addDays(enquiryStart, random.int(10, 120))
    : addDays(raised, random.int(1, 10));
  const closed = isAfter(ends, asOf) ? null : ends;
  return {
    raised,
    enquiryType,
    enquiryStart: enquiryStart && !isAfter(enquiryStart, asOf) ? enquiryStart : null,
    enquiryEnd: enquiryStart ? closed : null,
    closed,
    affectsDirectPayment: hasDirectPayment && random.chance(0.4),
  };
}

/**
 * The concern (Care Act s42) and, when it affects the direct payment or at the worker's
 * judgement, the unplanned review it triggers within the council's SLA (I-11).
 */
export function generateSafeguardingConcern(
  random: Random,
  draw: SafeguardingDraw,
  context: {
    councilId: string;
    personId: string;
    planId: string | null;
    lead: StaffRow;
    agreement: AgreementRow | null;
    policy: LaPolicy;
    asOf: IsoDate;
  },
  rows: RowBatch,
): void {
  rows.add('safeguardingConcern', {
    id: random.uuid(),
    councilId: context.councilId,
    personId: context.personId,
    raisedDate: draw.raised,
    raisedBy: random.pick(RAISED_BY),
    s42CriteriaMet: draw.enquiryType === null ? false : draw.enquiryType === 'SECTION_42',
    enquiryType: draw.enquiryType,
    enquiryStartDate: draw.enquiryStart,
    enquiryEndDate: draw.enquiryEnd,
    mspOutcomesAchieved: draw.enquiryEnd ? random.weighted(MSP_OUTCOMES) : null,
    leadStaffId: context.lead.id,
    affectsDirectPayment: draw.affectsDirectPayment,
    closedDate: draw.closed,
  });
  const affectsDp = draw.affectsDirectPayment && context.agreement !== null;
  if (!affectsDp && !random.chance(0.5)) return;
  const trigger = reviewTriggersFor(
    {
      kind: 'SAFEGUARDING_CONCERN_RAISED',
      occurredOn: draw.raised,
      affectsDirectPayment: affectsDp,
    },
    context.policy,
  );
  const dueBy = trigger.dueBy ?? addDays(draw.raised, context.policy.unplannedReviewSlaDays);
  const held = addDays(draw.raised, random.int(2, 14));
  const completed = isAfter(held, context.asOf) ? null : held;
  rows.add('review', {
    id: random.uuid(),
    councilId: context.councilId,
    personId: context.personId,
    planId: context.planId,
    agreementId: affectsDp ? (context.agreement?.id ?? null) : null,
    reason: trigger.reason ?? 'UNPLANNED_SAFEGUARDING_CONCERN',
    involvement: 'SERVICE_USER_AND_CARER',
    dueDate: dueBy,
    completedDate: completed,
    outcomesAchieved: null,
    isDirectPaymentReview: affectsDp,
    outcome: completed ? 'CONTINUATION_OF_SUPPORT_OR_SERVICES' : null,
    supportChange: completed
      ? affectsDp && draw.closed === null
        ? 'SUSPENDED'
        : 'UNCHANGED'
      : null,
    reviewerId: context.lead.id,
    cancelledOn: null,
    cancellationReason: null,
  });
}
