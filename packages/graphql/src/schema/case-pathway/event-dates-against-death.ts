import type { EventType } from '@openpb/domain/code-lists/event-type';
import type { IsoDate } from '@openpb/domain/dates';
import { checkEventDates } from '@openpb/domain/rules/event-dates';
import type { RuleViolation } from '@openpb/domain/rules/rule-violation';
import { fromDbDate } from '../../business-dates.ts';

export interface EventDatesOfInput {
  readonly eventType: EventType;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | undefined;
  /** The input fields holding the start and end dates, for the violations' paths. */
  readonly fields: { readonly startDate: string; readonly endDate: string };
}

/**
 * I-13 against the person's date of death: no event starts after it and an event is closed by it.
 * The other date checks of I-13 are part of the domain's input schemas.
 */
export function checkEventDatesAgainstDeath(
  event: EventDatesOfInput,
  deathDate: Date | null,
): readonly RuleViolation[] {
  if (deathDate === null) return [];
  return checkEventDates({
    eventType: event.eventType,
    startDate: event.startDate,
    endDate: event.endDate,
    deathDate: fromDbDate(deathDate),
  })
    .filter((violation) => violation.code === 'EVENT_AFTER_DEATH')
    .map((violation) => ({
      ...violation,
      path: [violation.path[0] === 'startDate' ? event.fields.startDate : event.fields.endDate],
    }));
}
