import type { PrismaClient } from '@openpb/db/client';
import type { EventType } from '@openpb/domain/code-lists/event-type';
import { addPerson, addPlan } from './reporting-fixtures.ts';
import { withValidNhsNumber } from './valid-nhs-number.ts';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/** A council of its own with one member of staff, so that its submission holds only what a test adds. */
export async function addCouncil(db: PrismaClient, laCode: string) {
  const council = await db.council.create({
    data: { laCode, name: `Council ${laCode}`, region: 'London' },
  });
  const staff = await db.staffMember.create({
    data: {
      councilId: council.id,
      subject: `staff:${laCode}`,
      name: 'Test worker',
      team: 'Adults',
      jobTitle: 'Social worker',
      qualification: 'REGISTERED_SOCIAL_WORKER',
      approvalLevel: 'TEAM',
    },
  });
  return { councilId: council.id, staffId: staff.id };
}

/** The CLD event a test breaks, and its person. */
export interface CldEventIds {
  readonly personId: string;
  /** The Event_Reference: the id of the request, assessment, plan line or review. */
  readonly eventReference: string;
}

/**
 * One event of the type asked for, in the fixture's PERIOD, that breaks no data-quality rule, for a person with
 * every CLD field filled and nothing else in the submission.
 */
export async function addCompleteCldEvent(
  db: PrismaClient,
  where: { councilId: string; staffId: string },
  eventType: EventType,
): Promise<CldEventIds> {
  const { councilId, staffId } = where;
  const personId = await withValidNhsNumber(
    db,
    await addPerson(db, councilId, { birthDate: '1960-05-01', employmentStatus: 'UNKNOWN' }),
  );
  const person = { councilId, personId };
  switch (eventType) {
    case 'REQUEST': {
      const request = await db.request.create({
        data: {
          ...person,
          receivedDate: day('2025-01-02'),
          closedDate: day('2025-01-03'),
          routeOfAccess: 'COMMUNITY_OTHER',
          source: 'SELF',
          outcome: 'PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT',
        },
      });
      return { personId, eventReference: request.id };
    }
    case 'ASSESSMENT': {
      const assessment = await db.assessment.create({
        data: {
          ...person,
          type: 'LONG_TERM',
          format: 'FACE_TO_FACE',
          involvement: 'SERVICE_USER_ONLY',
          startDate: day('2025-01-10'),
          completedDate: day('2025-02-01'),
          assessorId: staffId,
          complexity: 'LOW',
          outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
          eligible: true,
        },
      });
      return { personId, eventReference: assessment.id };
    }
    case 'SERVICE': {
      const [lineId = ''] = await addPlan(
        db,
        { ...person, preparedById: staffId },
        {
          startDate: '2025-02-10',
          lines: [
            {
              serviceType: 'LT_COMMUNITY',
              deliveryMechanism: 'DIRECT_PAYMENT',
              unitCostPence: 2_150,
              costFrequency: 'HOURLY',
              plannedUnitsPerWeekHundredths: 1_050,
            },
          ],
        },
      );
      return { personId, eventReference: lineId };
    }
    case 'REVIEW': {
      const review = await db.review.create({
        data: {
          ...person,
          reason: 'PLANNED',
          involvement: 'SERVICE_USER_ONLY',
          dueDate: day('2025-03-20'),
          completedDate: day('2025-03-20'),
          outcomesAchieved: 'FULLY_MET',
          outcome: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
        },
      });
      return { personId, eventReference: review.id };
    }
  }
}
