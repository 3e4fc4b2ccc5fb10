import type { PrismaClient } from '@openpb/db/client';
import { addPerson, addPlan } from './reporting-fixtures.ts';
import { withValidNhsNumber } from './valid-nhs-number.ts';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** The reporting period the CLD fixture is built around. */
export const PERIOD = { from: '2025-01-01', to: '2025-03-31' } as const;

/**
 * One event of each type in the period for a 30-year-old with a learning disability and no
 * employment status (a data-quality failure on every service user event but the request), plus
 * events outside the period that must not be exported. Returns the ids of the exported events.
 */
export async function addCldEvents(
  db: PrismaClient,
  where: { councilId: string; staffId: string },
) {
  const { councilId, staffId } = where;
  const personId = await withValidNhsNumber(
    db,
    await addPerson(db, councilId, {
      birthDate: '1995-02-01',
      primarySupportReason: 'LEARNING_DISABILITY',
    }),
  );
  const request = await db.request.create({
    data: {
      councilId,
      personId,
      receivedDate: day('2025-01-02'),
      closedDate: day('2025-01-03'),
      routeOfAccess: 'COMMUNITY_OTHER',
      source: 'SELF',
      outcome: 'PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT',
    },
  });
  // closed before the period: not exported
  await db.request.create({
    data: {
      councilId,
      personId,
      receivedDate: day('2024-12-01'),
      closedDate: day('2024-12-31'),
      routeOfAccess: 'COMMUNITY_OTHER',
      source: 'SELF',
      outcome: 'NFA_INFORMATION_AND_ADVICE',
    },
  });
  const assessment = await db.assessment.create({
    data: {
      councilId,
      personId,
      requestId: request.id,
      type: 'LONG_TERM',
      format: 'FACE_TO_FACE',
      involvement: 'SERVICE_USER_AND_CARER',
      startDate: day('2025-01-10'),
      completedDate: day('2025-02-01'),
      assessorId: staffId,
      complexity: 'LOW',
      outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
      eligible: true,
    },
  });
  const [directPayment, dayCentre] = await addPlan(
    db,
    { councilId, personId, preparedById: staffId },
    {
      startDate: '2025-02-10',
      lines: [
        {
          serviceType: 'LT_COMMUNITY',
          serviceComponent: 'DIRECT_PAYMENT',
          deliveryMechanism: 'DIRECT_PAYMENT',
          unitCostPence: 2_150,
          costFrequency: 'HOURLY',
          plannedUnitsPerWeekHundredths: 1_050,
        },
        {
          serviceType: 'LT_COMMUNITY',
          serviceComponent: 'DAY_SUPPORT',
          deliveryMechanism: 'CASSR_COMMISSIONED_SUPPORT',
          endDate: '2025-03-01',
          status: 'ENDED',
        },
        { serviceType: 'LT_COMMUNITY', deliveryMechanism: 'DIRECT_PAYMENT', status: 'CANCELLED' },
      ],
    },
  );
  const review = await db.review.create({
    data: {
      councilId,
      personId,
      reason: 'PLANNED',
      involvement: 'SERVICE_USER_ONLY',
      dueDate: day('2025-03-20'),
      completedDate: day('2025-03-20'),
      outcomesAchieved: 'FULLY_MET',
      outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
    },
  });
  return {
    personId,
    requestId: request.id,
    assessmentId: assessment.id,
    serviceIds: [directPayment ?? '', dayCentre ?? ''],
    reviewId: review.id,
  };
}
