import type { PrismaClient } from '@openpb/db/client';
import { directPaymentAgreementFor } from '../case-pathway/case-pathway-api.ts';

/** The error selection of mutations that break no rule of §6.4 (no RuleViolationError in their union). */
export const NO_RULE_ERROR_FIELDS = /* GraphQL */ `
  ... on Error { message code path }
  ... on ValidationError { issues { path code } }
`;

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * A person's open services, as a death finds them: an approved plan from 1 April 2025 with an
 * open line, a line ending after the death, a line already over, and a line not started by the
 * death; the signed-off personal budget taken as a direct payment (the agreement ACTIVE) with
 * four-weekly payments, two made and three still scheduled.
 */
export async function openServicesOf(
  db: PrismaClient,
  councilId: string,
  personId: string,
  staffId: string,
) {
  const plan = await db.supportPlan.create({
    data: {
      councilId,
      personId,
      version: 1,
      status: 'APPROVED',
      outcomes: [],
      preparedById: staffId,
      approvedById: staffId,
      startDate: day('2025-04-01'),
      firstReviewDueDate: day('2025-05-20'),
    },
  });
  const line = (position: number, startDate: string, endDate: string | null, status: string) => ({
    councilId,
    planId: plan.id,
    position,
    description: `Line ${position}`,
    serviceType: 'LT_COMMUNITY',
    serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
    deliveryMechanism: 'DIRECT_PAYMENT',
    fundingSource: 'LA',
    unitCostPence: 2_000,
    costFrequency: 'HOURLY',
    plannedUnitsPerWeekHundredths: 1_000,
    weeklyCostPence: 20_000,
    startDate: day(startDate),
    endDate: endDate ? day(endDate) : null,
    status,
  });
  await db.supportPlanLine.createMany({
    data: [
      line(0, '2025-04-01', null, 'ACTIVE'),
      line(1, '2025-04-01', '2025-12-31', 'ACTIVE'),
      line(2, '2025-04-01', '2025-05-31', 'ENDED'),
      line(3, '2025-09-01', null, 'PLANNED'),
    ],
  });
  const agreement = await directPaymentAgreementFor(db, councilId, personId);
  const payment = (sequence: number, start: string, end: string, status: string) => ({
    councilId,
    agreementId: agreement.id,
    kind: 'REGULAR',
    sequence,
    periodStart: day(start),
    periodEnd: day(end),
    grossAmountPence: 80_000,
    contributionDeductedPence: 0,
    netAmountPence: 80_000,
    dueDate: day(start),
    paidDate: status === 'PAID' ? day(start) : null,
    status,
  });
  await db.directPayment.createMany({
    data: [
      payment(1, '2025-04-07', '2025-05-04', 'PAID'),
      payment(2, '2025-05-05', '2025-06-01', 'PAID'),
      payment(3, '2025-06-02', '2025-06-29', 'SCHEDULED'),
      payment(4, '2025-06-30', '2025-07-27', 'SCHEDULED'),
      payment(5, '2025-07-28', '2025-08-24', 'SCHEDULED'),
    ],
  });
  return {
    planId: plan.id,
    agreementId: agreement.id,
    budgetId: (await budgetOf(db, agreement.deploymentId)).id,
  };
}

async function budgetOf(db: PrismaClient, deploymentId: string) {
  const deployment = await db.budgetDeployment.findUniqueOrThrow({ where: { id: deploymentId } });
  return db.personalBudget.findUniqueOrThrow({ where: { id: deployment.budgetId } });
}

/** Every row a person's death could change, to compare before and after a refused recording. */
export async function deathRowsOf(db: PrismaClient, personId: string) {
  const [person, plans, lines, budgets, agreements, payments, links] = await Promise.all([
    db.person.findUniqueOrThrow({
      where: { id: personId },
      select: { deathDate: true, updatedAt: true },
    }),
    db.supportPlan.findMany({
      where: { personId },
      select: { id: true, status: true, endDate: true },
      orderBy: { id: 'asc' },
    }),
    db.supportPlanLine.findMany({
      where: { plan: { personId } },
      select: { id: true, status: true, endDate: true },
      orderBy: { id: 'asc' },
    }),
    db.personalBudget.findMany({
      where: { personId },
      select: { id: true, status: true, effectiveTo: true },
      orderBy: { id: 'asc' },
    }),
    db.directPaymentAgreement.findMany({
      where: { personId },
      select: { id: true, status: true, endDate: true, terminationReason: true },
      orderBy: { id: 'asc' },
    }),
    db.directPayment.findMany({
      where: { agreement: { personId } },
      select: { id: true, status: true },
      orderBy: { id: 'asc' },
    }),
    db.carerLink.findMany({
      where: { OR: [{ carerPersonId: personId }, { caredForPersonId: personId }] },
      select: { id: true, validTo: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  return { person, plans, lines, budgets, agreements, payments, links };
}
