/**
 * I-13 Event dates (CLD rules S-02a, S-03): an end date is never before the start; no event may
 * start after the person's death, and open events are closed at the date of death; requests,
 * assessments and reviews need an end date once completed (only services may stay open).
 */
import type { EventType } from '../code-lists/event-type.ts';
import { compareDates, type IsoDate, minDate } from '../dates.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface EventDates {
  readonly eventType: EventType;
  readonly startDate: IsoDate;
  readonly endDate?: IsoDate | null | undefined;
  /** Whether the request, assessment or review is complete (ignored for services). */
  readonly completed?: boolean | undefined;
  readonly deathDate?: IsoDate | null | undefined;
}

export function checkEventDates(event: EventDates): readonly RuleViolation[] {
  const problems: RuleViolation[] = [];
  const end = event.endDate ?? null;
  if (end !== null && compareDates(end, event.startDate) < 0) {
    problems.push(
      violation('END_BEFORE_START', 'The end date cannot be before the start date.', ['endDate']),
    );
  }
  const death = event.deathDate ?? null;
  if (death !== null) {
    if (compareDates(event.startDate, death) > 0) {
      problems.push(
        violation('EVENT_AFTER_DEATH', 'No event can start after the date of death.', [
          'startDate',
        ]),
      );
    } else if (end === null) {
      problems.push(
        violation('EVENT_AFTER_DEATH', 'An open event must be closed at the date of death.', [
          'endDate',
        ]),
      );
    } else if (compareDates(end, death) > 0) {
      problems.push(
        violation('EVENT_AFTER_DEATH', 'An event cannot end after the date of death.', ['endDate']),
      );
    }
  }
  if (event.eventType !== 'SERVICE' && event.completed === true && end === null) {
    problems.push(
      violation(
        'COMPLETED_WITHOUT_END_DATE',
        'A completed request, assessment or review needs an end date.',
        ['endDate'],
      ),
    );
  }
  return problems;
}

/** The end date CLD would report: the recorded end, cut back to the date of death (S-02c). */
export function effectiveEndDate(
  endDate: IsoDate | null,
  deathDate: IsoDate | null,
): IsoDate | null {
  if (deathDate === null) return endDate;
  return endDate === null ? deathDate : minDate(endDate, deathDate);
}
