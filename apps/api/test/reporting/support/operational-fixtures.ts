import type { PrismaClient } from '@openpb/db/client';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

let sequence = 0;

/** A second council with one registered social worker, for tenancy tests. */
export async function addOtherCouncil(db: PrismaClient) {
  sequence += 1;
  const council = await db.council.create({
    data: {
      laCode: `9${String(sequence).padStart(2, '0')}`,
      name: 'Other Council',
      region: 'London',
    },
  });
  const staff = await db.staffMember.create({
    data: {
      councilId: council.id,
      subject: 'staff:other',
      name: 'Other',
      team: 'T',
      jobTitle: 'SW',
      qualification: 'REGISTERED_SOCIAL_WORKER',
      approvalLevel: 'TEAM',
    },
  });
  return { councilId: council.id, staffId: staff.id };
}

/** A member of staff with a qualification and FTE (hundredths: 100 = full time). */
export async function addStaff(
  db: PrismaClient,
  councilId: string,
  staff: { qualification: string; fteHundredths?: number; active?: boolean },
): Promise<string> {
  sequence += 1;
  const row = await db.staffMember.create({
    data: {
      councilId,
      subject: `staff:report-${sequence}`,
      name: `Worker ${sequence}`,
      team: 'Adults South',
      jobTitle: staff.qualification,
      qualification: staff.qualification,
      approvalLevel: 'TEAM',
      fteHundredths: staff.fteHundredths ?? 100,
      active: staff.active ?? true,
    },
  });
  return row.id;
}

/** A case held by a worker from `fromDate`, open unless `toDate` is given. */
export async function addAllocation(
  db: PrismaClient,
  where: { councilId: string; staffId: string; personId: string },
  allocation: { complexity: string; fromDate?: string; toDate?: string },
): Promise<string> {
  const row = await db.allocation.create({
    data: {
      ...where,
      role: 'KEY_WORKER',
      complexity: allocation.complexity,
      fromDate: day(allocation.fromDate ?? '2024-01-01'),
      ...(allocation.toDate ? { toDate: day(allocation.toDate) } : {}),
    },
  });
  return row.id;
}

/** A safeguarding concern raised on `raisedDate`, open unless `closedDate` is given. */
export async function addSafeguardingConcern(
  db: PrismaClient,
  where: { councilId: string; personId: string },
  concern: { raisedDate: string; closedDate?: string },
): Promise<void> {
  await db.safeguardingConcern.create({
    data: {
      ...where,
      raisedDate: day(concern.raisedDate),
      raisedBy: 'Neighbour',
      ...(concern.closedDate ? { closedDate: day(concern.closedDate) } : {}),
    },
  });
}

/** A review of the person: completed on `completedDate`, or only due. */
export async function addReview(
  db: PrismaClient,
  where: { councilId: string; personId: string; agreementId?: string },
  review: { completedDate?: string; dueDate?: string; directPayment?: boolean },
): Promise<void> {
  const dueDate = review.dueDate ?? review.completedDate ?? '2025-01-01';
  await db.review.create({
    data: {
      councilId: where.councilId,
      personId: where.personId,
      ...(where.agreementId ? { agreementId: where.agreementId } : {}),
      reason: 'PLANNED',
      dueDate: day(dueDate),
      isDirectPaymentReview: review.directPayment ?? false,
      ...(review.completedDate
        ? {
            completedDate: day(review.completedDate),
            involvement: 'SERVICE_USER_ONLY',
            outcomesAchieved: 'FULLY_MET',
            outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
          }
        : {}),
    },
  });
}

export interface BudgetSpec {
  status?: string;
  annualTotalPence?: number;
  effectiveFrom?: string;
  effectiveTo?: string;
  indicativeAnnualPence?: number;
  /** Deployments by mode; one DIRECT_PAYMENT deployment of the whole budget by default. */
  deployments?: { mode: string; annualAmountPence: number }[];
}

/**
 * A personal budget with its deployments and, when asked, the indicative budget it came from
 * (with the long-term assessment that produced it). Returns the budget and deployment ids.
 */
export async function addBudget(
  db: PrismaClient,
  where: { councilId: string; personId: string; assessorId: string },
  budget: BudgetSpec = {},
): Promise<{ budgetId: string; deploymentIds: string[] }> {
  const annualTotalPence = budget.annualTotalPence ?? 520_000;
  let indicativeBudgetId: string | null = null;
  if (budget.indicativeAnnualPence !== undefined) {
    const assessment = await db.assessment.create({
      data: {
        councilId: where.councilId,
        personId: where.personId,
        type: 'LONG_TERM',
        format: 'FACE_TO_FACE',
        involvement: 'SERVICE_USER_ONLY',
        startDate: day('2024-01-01'),
        completedDate: day('2024-01-01'),
        assessorId: where.assessorId,
        complexity: 'LOW',
        outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
        eligible: true,
      },
    });
    const indicative = await db.indicativeBudget.create({
      data: {
        councilId: where.councilId,
        personId: where.personId,
        assessmentId: assessment.id,
        rasModelVersion: 'test',
        rasPoints: 10,
        weeklyAmountPence: Math.round(budget.indicativeAnnualPence / 52),
        annualAmountPence: budget.indicativeAnnualPence,
        explanation: 'Test',
      },
    });
    indicativeBudgetId = indicative.id;
  }
  const created = await db.personalBudget.create({
    data: {
      councilId: where.councilId,
      personId: where.personId,
      status: budget.status ?? 'SIGNED_OFF',
      annualTotalPence,
      annualLaContributionPence: annualTotalPence,
      annualPersonContributionPence: 0,
      effectiveFrom: day(budget.effectiveFrom ?? '2024-01-01'),
      ...(budget.effectiveTo ? { effectiveTo: day(budget.effectiveTo) } : {}),
      ...(indicativeBudgetId ? { indicativeBudgetId } : {}),
      deployments: {
        create: (
          budget.deployments ?? [{ mode: 'DIRECT_PAYMENT', annualAmountPence: annualTotalPence }]
        ).map((deployment) => ({ councilId: where.councilId, ...deployment })),
      },
    },
    include: { deployments: true },
  });
  return { budgetId: created.id, deploymentIds: created.deployments.map((row) => row.id) };
}

export interface AgreementSpec {
  startDate?: string;
  endDate?: string;
  status?: string;
  paymentBasis?: 'NET' | 'GROSS';
  weeklyGrossPence?: number;
  weeklyContributionPence?: number;
  contingencyWeeksHundredths?: number;
}

/** A direct payment agreement on a deployment, or on a new signed-off budget of the person. */
export async function addAgreement(
  db: PrismaClient,
  where: { councilId: string; personId: string; assessorId: string; deploymentId?: string },
  agreement: AgreementSpec = {},
): Promise<string> {
  const deploymentId = where.deploymentId ?? (await addBudget(db, where)).deploymentIds[0] ?? '';
  const startDate = agreement.startDate ?? '2024-01-01';
  const row = await db.directPaymentAgreement.create({
    data: {
      councilId: where.councilId,
      personId: where.personId,
      deploymentId,
      recipientType: 'SELF',
      legalBasis: 'S31',
      accountType: 'PREPAID_CARD',
      accountRef: '****1234',
      paymentBasis: agreement.paymentBasis ?? 'NET',
      paymentFrequency: 'FOUR_WEEKLY',
      contributionFrequency: 'FOUR_WEEKLY',
      contingencyWeeksHundredths: agreement.contingencyWeeksHundredths ?? 400,
      weeklyGrossPence: agreement.weeklyGrossPence ?? 10_000,
      weeklyContributionPence: agreement.weeklyContributionPence ?? 0,
      signedDate: day(startDate),
      startDate: day(startDate),
      ...(agreement.endDate ? { endDate: day(agreement.endDate) } : {}),
      status: agreement.status ?? 'ACTIVE',
      firstReviewDueDate: day(startDate),
    },
  });
  return row.id;
}

/** A ledger entry on a direct payment account (signed: + in, − out). */
export async function addLedgerEntry(
  db: PrismaClient,
  where: { councilId: string; agreementId: string },
  entry: { kind: string; amountPence: number; postedDate: string; spendCategory?: string },
): Promise<void> {
  await db.accountTransaction.create({
    data: {
      ...where,
      kind: entry.kind,
      amountPence: entry.amountPence,
      postedDate: day(entry.postedDate),
      counterpartyName: 'Test',
      counterpartyType: entry.kind === 'SPEND' ? 'PA' : 'LA',
      ...(entry.spendCategory ? { spendCategory: entry.spendCategory } : {}),
    },
  });
}

/**
 * A recovery from a direct payment account; what has come back leaves the account as a RECOVERY
 * entry on `recoveredDate` (the raised date unless given), as the recovery mutations post it.
 */
export async function addRecovery(
  db: PrismaClient,
  where: { councilId: string; agreementId: string },
  recovery: {
    status: string;
    amountPence: number;
    recoveredPence?: number;
    raisedDate: string;
    notifiedDate?: string;
    recoveredDate?: string;
  },
): Promise<string> {
  const recoveredPence = recovery.recoveredPence ?? 0;
  const row = await db.recovery.create({
    data: {
      ...where,
      reason: 'SURPLUS',
      method: 'INVOICE',
      status: recovery.status,
      amountPence: recovery.amountPence,
      recoveredPence,
      raisedDate: day(recovery.raisedDate),
      ...(recovery.notifiedDate ? { notifiedDate: day(recovery.notifiedDate) } : {}),
    },
  });
  if (recoveredPence > 0) {
    await db.accountTransaction.create({
      data: {
        ...where,
        kind: 'RECOVERY',
        amountPence: -recoveredPence,
        postedDate: day(recovery.recoveredDate ?? recovery.raisedDate),
        counterpartyName: 'Council recovery',
        counterpartyType: 'LA',
        recoveryId: row.id,
      },
    });
  }
  return row.id;
}

/** A request received on `receivedDate`. */
export async function addRequest(
  db: PrismaClient,
  where: { councilId: string; personId: string },
  receivedDate: string,
): Promise<void> {
  await db.request.create({
    data: {
      ...where,
      receivedDate: day(receivedDate),
      routeOfAccess: 'COMMUNITY_OTHER',
      source: 'SELF',
    },
  });
}

/** A short-term assessment completed on `completedDate`. */
export async function addShortTermAssessment(
  db: PrismaClient,
  where: { councilId: string; personId: string; assessorId: string },
  completedDate: string,
): Promise<void> {
  await db.assessment.create({
    data: {
      ...where,
      type: 'SHORT_TERM',
      format: 'FACE_TO_FACE',
      involvement: 'SERVICE_USER_ONLY',
      startDate: day(completedDate),
      completedDate: day(completedDate),
      complexity: 'LOW',
      outcome: 'PROGRESS_TO_REABLEMENT_ST_MAX',
    },
  });
}

/** A direct payment of `netAmountPence` (no contribution deducted), paid on `paidDate` if given. */
export async function addPayment(
  db: PrismaClient,
  where: { councilId: string; agreementId: string },
  payment: { netAmountPence: number; dueDate: string; paidDate?: string; status: string },
): Promise<void> {
  sequence += 1;
  await db.directPayment.create({
    data: {
      ...where,
      kind: 'REGULAR',
      sequence,
      periodStart: day(payment.dueDate),
      periodEnd: day(payment.dueDate),
      grossAmountPence: payment.netAmountPence,
      contributionDeductedPence: 0,
      netAmountPence: payment.netAmountPence,
      dueDate: day(payment.dueDate),
      ...(payment.paidDate ? { paidDate: day(payment.paidDate) } : {}),
      status: payment.status,
    },
  });
}
