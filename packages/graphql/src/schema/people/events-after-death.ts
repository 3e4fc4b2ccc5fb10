import type { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import { type RuleViolation, violation } from '@openpb/domain/rules/rule-violation';
import { toDbDate } from '../../business-dates.ts';

/**
 * I-13: no event may start after the date of death (S-02a). A death dated before a request,
 * assessment or review already on record contradicts the record: it is refused, so that the date
 * is checked rather than the events silently left after a death.
 */
export async function eventsAfterDeath(
  tx: Prisma.TransactionClient,
  personId: string,
  deathDate: IsoDate,
): Promise<readonly RuleViolation[]> {
  const after = { gt: toDbDate(deathDate) };
  const [requests, assessments, reviews] = await Promise.all([
    tx.request.count({ where: { personId, receivedDate: after } }),
    tx.assessment.count({ where: { personId, startDate: after } }),
    tx.review.count({ where: { personId, completedDate: after } }),
  ]);
  const events = requests + assessments + reviews;
  if (events === 0) return [];
  return [
    violation(
      'EVENT_AFTER_DEATH',
      `${events} request(s), assessment(s) or review(s) of this person are dated after this date of death.`,
      ['deathDate'],
    ),
  ];
}
