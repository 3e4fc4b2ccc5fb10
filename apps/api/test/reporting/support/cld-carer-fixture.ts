import type { PrismaClient } from '@openpb/db/client';
import { addPerson } from './reporting-fixtures.ts';
import { withValidNhsNumber } from './valid-nhs-number.ts';

const day = (date: string) => new Date(`${date}T00:00:00Z`);

/**
 * An unpaid carer assessed in the fixture's period (completed 15 February 2025) who cares for
 * `caredForPersonId` (20 hours a week since June 2024) and one more adult (15.5 hours since
 * September 2024), and cared for a third until December 2024 (not counted). Returns the
 * assessment's id and the LA person ids of the two adults, oldest link first.
 */
export async function addCarerAssessment(
  db: PrismaClient,
  where: { councilId: string; staffId: string; caredForPersonId: string },
) {
  const { councilId, staffId } = where;
  const person = (clientType?: string) =>
    addPerson(db, councilId, { birthDate: '1970-03-01', ...(clientType ? { clientType } : {}) });
  const carerId = await withValidNhsNumber(db, await person('CARER'));
  const second = await withValidNhsNumber(db, await person());
  const former = await withValidNhsNumber(db, await person());
  const link = (caredForPersonId: string, validFrom: string, hours: number, validTo?: string) =>
    db.carerLink.create({
      data: {
        councilId,
        carerPersonId: carerId,
        caredForPersonId,
        hoursCaringPerWeekHundredths: hours,
        validFrom: day(validFrom),
        ...(validTo ? { validTo: day(validTo) } : {}),
        recordedBySubject: 'staff:test',
      },
    });
  await link(former, '2024-01-01', 1_000, '2024-12-01');
  await link(where.caredForPersonId, '2024-06-01', 2_000);
  await link(second, '2024-09-01', 1_550);
  const assessment = await db.assessment.create({
    data: {
      councilId,
      personId: carerId,
      type: 'LONG_TERM',
      format: 'FACE_TO_FACE',
      involvement: 'CARER_ONLY',
      startDate: day('2025-02-01'),
      completedDate: day('2025-02-15'),
      assessorId: staffId,
      complexity: 'LOW',
      outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
      eligible: true,
    },
  });
  const laIds = await db.person.findMany({
    where: { id: { in: [where.caredForPersonId, second] } },
    select: { id: true, laPersonId: true },
  });
  const laId = (id: string) => laIds.find((row) => row.id === id)?.laPersonId ?? '';
  return {
    assessmentId: assessment.id,
    caredForLaPersonIds: [laId(where.caredForPersonId), laId(second)],
  };
}
