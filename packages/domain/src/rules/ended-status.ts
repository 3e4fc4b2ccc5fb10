/**
 * I-13 Statuses and dates agree: a plan or a line marked ENDED has ended — it has an end date, and
 * that date is on or before today. A line that will end later keeps its status with a future end
 * date (CLD takes a service's end from its date, S-03), so the record never says "ended" of
 * something still running.
 */
import { compareDates, type IsoDate } from '../dates.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export function checkEndedStatus(
  record: { readonly status: string; readonly endDate?: IsoDate | null | undefined },
  today: IsoDate,
): readonly RuleViolation[] {
  if (record.status !== 'ENDED') return [];
  const end = record.endDate ?? null;
  if (end !== null && compareDates(end, today) <= 0) return [];
  return [
    violation(
      'ENDED_WITHOUT_PAST_END_DATE',
      end === null
        ? 'Something marked ended needs the date it ended.'
        : `Something marked ended must have ended by today (${today}); keep its status until ${end}.`,
      ['endDate'],
    ),
  ];
}
