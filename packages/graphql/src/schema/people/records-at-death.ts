import type { Prisma } from '@openpb/db/client';
import type { DirectPaymentAgreementStatus } from '@openpb/domain/code-lists/direct-payment-agreement-status';
import type { PaymentStatus } from '@openpb/domain/code-lists/payment-status';
import type { PersonalBudgetStatus } from '@openpb/domain/code-lists/personal-budget-status';
import type { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import type { SupportPlanStatus } from '@openpb/domain/code-lists/support-plan-status';
import type { RecordsAtDeath } from '@openpb/domain/entities/person-death';
import { fromDbDate } from '../../business-dates.ts';

const orNull = (date: Date | null) => (date === null ? null : fromDbDate(date));

/**
 * The person's records a death may end, read in one round of queries (plans with their lines,
 * budgets, agreements with their payments not made, caring links either way, open requests and
 * assessments, scheduled reviews), locked for the
 * rest of the transaction so that nothing changes them between reading and writing.
 */
export async function recordsAtDeath(
  tx: Prisma.TransactionClient,
  personId: string,
): Promise<RecordsAtDeath> {
  await tx.$executeRaw`SELECT 1 FROM person WHERE id = ${personId}::uuid FOR UPDATE`;
  const [plans, budgets, agreements, carerLinks, openRequests, openAssessments, scheduledReviews] =
    await Promise.all([
      tx.supportPlan.findMany({
        where: { personId },
        select: {
          id: true,
          status: true,
          startDate: true,
          endDate: true,
          lines: { select: { id: true, status: true, startDate: true, endDate: true } },
        },
      }),
      tx.personalBudget.findMany({
        where: { personId },
        select: { id: true, status: true, effectiveFrom: true, effectiveTo: true },
      }),
      tx.directPaymentAgreement.findMany({
        where: { personId },
        select: {
          id: true,
          status: true,
          startDate: true,
          payments: {
            where: { status: { in: ['SCHEDULED', 'HELD', 'FAILED'] } },
            select: { id: true, status: true, dueDate: true, periodStart: true },
          },
        },
      }),
      tx.carerLink.findMany({
        where: { OR: [{ carerPersonId: personId }, { caredForPersonId: personId }] },
        select: { id: true, validFrom: true, validTo: true },
      }),
      tx.request.findMany({
        where: { personId, closedDate: null },
        select: { id: true, receivedDate: true },
      }),
      tx.assessment.findMany({
        where: { personId, completedDate: null },
        select: { id: true, startDate: true },
      }),
      tx.review.findMany({
        where: { personId, completedDate: null, cancelledOn: null },
        select: { id: true, dueDate: true },
      }),
    ]);
  return {
    plans: plans.map((plan) => ({
      id: plan.id,
      status: plan.status as SupportPlanStatus,
      startDate: fromDbDate(plan.startDate),
      endDate: orNull(plan.endDate),
      lines: plan.lines.map((line) => ({
        id: line.id,
        status: line.status as PlanLineStatus,
        startDate: fromDbDate(line.startDate),
        endDate: orNull(line.endDate),
      })),
    })),
    budgets: budgets.map((budget) => ({
      id: budget.id,
      status: budget.status as PersonalBudgetStatus,
      effectiveFrom: fromDbDate(budget.effectiveFrom),
      effectiveTo: orNull(budget.effectiveTo),
    })),
    agreements: agreements.map((agreement) => ({
      id: agreement.id,
      status: agreement.status as DirectPaymentAgreementStatus,
      startDate: fromDbDate(agreement.startDate),
    })),
    payments: agreements.flatMap((agreement) =>
      agreement.payments.map((payment) => ({
        id: payment.id,
        status: payment.status as PaymentStatus,
        dueDate: fromDbDate(payment.dueDate),
        periodStart: fromDbDate(payment.periodStart),
      })),
    ),
    carerLinks: carerLinks.map((link) => ({
      id: link.id,
      validFrom: fromDbDate(link.validFrom),
      validTo: orNull(link.validTo),
    })),
    openRequests: openRequests.map((request) => ({
      id: request.id,
      receivedDate: fromDbDate(request.receivedDate),
    })),
    openAssessments: openAssessments.map((assessment) => ({
      id: assessment.id,
      startDate: fromDbDate(assessment.startDate),
    })),
    scheduledReviews: scheduledReviews.map((review) => ({
      id: review.id,
      dueDate: fromDbDate(review.dueDate),
    })),
  };
}
