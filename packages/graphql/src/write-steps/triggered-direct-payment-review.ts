import type { Prisma } from '@openpb/db/client';
import type { ReviewTrigger } from '@openpb/domain/rules/review-triggers';
import { toDbDate } from '../business-dates.ts';

/**
 * I-11 (DP Regulations 2014 reg 7, S-09f): when an event requires an unplanned direct payment
 * review and the person has an active agreement, schedules the review of their latest active
 * agreement, due by the trigger's date. Null when none is required or there is no active agreement.
 */
export async function scheduleTriggeredDirectPaymentReview(
  tx: Prisma.TransactionClient,
  person: { readonly id: string; readonly councilId: string },
  trigger: ReviewTrigger,
): Promise<Prisma.ReviewGetPayload<object> | null> {
  if (!trigger.required || trigger.reason === null || trigger.dueBy === null) return null;
  const agreement = await tx.directPaymentAgreement.findFirst({
    where: { councilId: person.councilId, personId: person.id, status: 'ACTIVE' },
    orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  if (!agreement) return null;
  return tx.review.create({
    data: {
      councilId: person.councilId,
      personId: person.id,
      agreementId: agreement.id,
      reason: trigger.reason,
      isDirectPaymentReview: trigger.isDirectPaymentReview,
      dueDate: toDbDate(trigger.dueBy),
    },
  });
}
