/**
 * I-13 A person's records fall within their life: nothing about a person takes effect before they
 * were born, and nothing starts after their death (CLD: "no event may start after Date_of_Death",
 * S-02a). For dates that are not CLD events too — a change of detail, a capacity assessment, the
 * start of a caring relationship, the date of death itself.
 */
import { compareDates, type IsoDate } from '../dates.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface Lifetime {
  readonly birthDate: IsoDate;
  readonly deathDate: IsoDate | null;
}

export function checkWithinLifetime(
  date: IsoDate,
  lifetime: Lifetime,
  path: readonly string[],
): readonly RuleViolation[] {
  if (compareDates(date, lifetime.birthDate) < 0) {
    return [violation('DATE_BEFORE_BIRTH', 'The date is before the person was born.', path)];
  }
  if (lifetime.deathDate !== null && compareDates(date, lifetime.deathDate) > 0) {
    return [violation('EVENT_AFTER_DEATH', 'The date is after the person’s death.', path)];
  }
  return [];
}
