import type { PrismaClient } from '@openpb/db/client';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

let sequence = 0;

/** A person with CLD attributes, each overridable. */
export async function addPerson(
  db: PrismaClient,
  councilId: string,
  person: {
    birthDate: string;
    clientType?: string;
    deathDate?: string;
    primarySupportReason?: string;
    employmentStatus?: string;
    clientFundingStatus?: string;
  },
): Promise<string> {
  sequence += 1;
  const row = await db.person.create({
    data: {
      councilId,
      laPersonId: `RPT-${sequence}`,
      nhsNumber: `999${String(7_000_000 + sequence)}`,
      givenName: 'Test',
      familyName: `Person ${sequence}`,
      birthDate: day(person.birthDate),
      ...(person.deathDate ? { deathDate: day(person.deathDate) } : {}),
      gender: 'FEMALE',
      ethnicity: 'WHITE_BRITISH',
      postcode: 'EM1 2AB',
      clientType: person.clientType ?? 'SERVICE_USER',
      primarySupportReason: person.primarySupportReason ?? 'PHYSICAL_PERSONAL_CARE',
      accommodationStatus: 'OWNER_OCCUPIER',
      mentalCapacityForDp: 'CAPACITY_PRESENT',
      hasUnpaidCarer: false,
      ...(person.employmentStatus ? { employmentStatus: person.employmentStatus } : {}),
      clientFundingStatus: person.clientFundingStatus ?? 'FULLY_SOCIAL_CARE_FUNDED',
    },
  });
  return row.id;
}

export interface LineSpec {
  serviceType: string;
  deliveryMechanism: string;
  serviceComponent?: string;
  startDate?: string;
  endDate?: string;
  status?: string;
  unitCostPence?: number;
  costFrequency?: string;
  plannedUnitsPerWeekHundredths?: number;
}

/** A support plan of `status` with the given lines; returns the line ids in order. */
export async function addPlan(
  db: PrismaClient,
  where: { councilId: string; personId: string; preparedById: string },
  plan: { status?: string; version?: number; startDate?: string; lines: LineSpec[] },
): Promise<string[]> {
  const startDate = plan.startDate ?? '2024-01-01';
  const created = await db.supportPlan.create({
    data: {
      councilId: where.councilId,
      personId: where.personId,
      version: plan.version ?? 1,
      status: plan.status ?? 'APPROVED',
      outcomes: [{ description: 'Stay at home' }, { description: 'See friends' }],
      preparedById: where.preparedById,
      startDate: day(startDate),
      firstReviewDueDate: day(startDate),
      lines: {
        create: plan.lines.map((line, position) => ({
          councilId: where.councilId,
          position,
          description: `Line ${position + 1}`,
          serviceType: line.serviceType,
          serviceComponent: line.serviceComponent ?? 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
          deliveryMechanism: line.deliveryMechanism,
          fundingSource: 'LA',
          unitCostPence: line.unitCostPence ?? 10_000,
          costFrequency: line.costFrequency ?? 'WEEKLY',
          plannedUnitsPerWeekHundredths: line.plannedUnitsPerWeekHundredths ?? null,
          weeklyCostPence: line.unitCostPence ?? 10_000,
          startDate: day(line.startDate ?? startDate),
          endDate: line.endDate ? day(line.endDate) : null,
          status: line.status ?? 'ACTIVE',
        })),
      },
    },
    include: { lines: { orderBy: { position: 'asc' } } },
  });
  return created.lines.map((line) => line.id);
}

/** A completed long-term assessment; eligible or not. */
export async function addLongTermAssessment(
  db: PrismaClient,
  where: { councilId: string; personId: string; assessorId: string },
  assessment: { completedDate: string; eligible: boolean },
): Promise<void> {
  await db.assessment.create({
    data: {
      councilId: where.councilId,
      personId: where.personId,
      type: 'LONG_TERM',
      format: 'FACE_TO_FACE',
      involvement: 'SERVICE_USER_ONLY',
      startDate: day(assessment.completedDate),
      completedDate: day(assessment.completedDate),
      assessorId: where.assessorId,
      complexity: 'LOW',
      outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
      eligible: assessment.eligible,
    },
  });
}

/** A personal budget of `status` in effect from `effectiveFrom`. */
export async function addPersonalBudget(
  db: PrismaClient,
  where: { councilId: string; personId: string },
  budget: { status: string; effectiveFrom: string; effectiveTo?: string },
): Promise<void> {
  await db.personalBudget.create({
    data: {
      councilId: where.councilId,
      personId: where.personId,
      status: budget.status,
      annualTotalPence: 520_000,
      annualLaContributionPence: 520_000,
      annualPersonContributionPence: 0,
      effectiveFrom: day(budget.effectiveFrom),
      ...(budget.effectiveTo ? { effectiveTo: day(budget.effectiveTo) } : {}),
    },
  });
}
