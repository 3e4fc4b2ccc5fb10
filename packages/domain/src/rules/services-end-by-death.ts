/**
 * I-13 No service stays open past a death (CLD: open events are closed at the date of death and no
 * event starts after it, S-02a): each service — a plan line, a plan, a direct payment agreement —
 * of a person who has died starts on or before the date of death and has an end date on or before
 * it. Cancelled lines never ran and are left alone. For writes that set services or end dates.
 */
import type { IsoDate } from '../dates.ts';
import { checkEventDates } from './event-dates.ts';
import { atPath, type RuleViolation } from './rule-violation.ts';

export interface ServiceDates {
  readonly status?: string;
  readonly startDate: IsoDate;
  readonly endDate?: IsoDate | null | undefined;
}

export function checkServiceEndsByDeath(
  service: ServiceDates,
  deathDate: IsoDate | null | undefined,
): readonly RuleViolation[] {
  if (deathDate == null || service.status === 'CANCELLED') return [];
  return checkEventDates({
    eventType: 'SERVICE',
    startDate: service.startDate,
    endDate: service.endDate,
    deathDate,
  }).filter((problem) => problem.code === 'EVENT_AFTER_DEATH');
}

/** The check for every line of a plan; paths are `lines.<index>.<field>`. */
export function checkServicesEndByDeath(
  services: readonly ServiceDates[],
  deathDate: IsoDate | null | undefined,
): readonly RuleViolation[] {
  return services.flatMap((service, index) =>
    atPath(['lines', index], checkServiceEndsByDeath(service, deathDate)),
  );
}
