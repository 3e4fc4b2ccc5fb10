/**
 * Periods of versioned records (plans, personal budgets; domain.md §6.1): end-inclusive
 * `[from, to]`, `to` null while open. When a successor version starts on `successorFrom`, the
 * version it supersedes ends the day before — if it ever ran. A version whose successor starts on
 * or before its own start never ran: it is superseded with no end date rather than an inverted
 * period ("7 December to 6 December"), and it is in force on no date.
 */
import { addDays, compareDates, type IsoDate, minDate } from '../dates.ts';

export interface VersionPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

/** Where a superseded version's period ends: `ran` false (and `to` null) when it never ran. */
export type SupersededPeriod =
  | { readonly ran: true; readonly to: IsoDate }
  | { readonly ran: false; readonly to: null };

export function supersededPeriod(version: VersionPeriod, successorFrom: IsoDate): SupersededPeriod {
  if (compareDates(version.from, successorFrom) >= 0) return { ran: false, to: null };
  const dayBefore = addDays(successorFrom, -1);
  return { ran: true, to: version.to === null ? dayBefore : minDate(version.to, dayBefore) };
}

/**
 * Whether a version that was approved or signed off is in force on `date`: within its period, and
 * not a superseded version that never ran (status SUPERSEDED with no end date). As SQL:
 * `from <= d AND (to IS NULL OR to >= d) AND NOT (status = 'SUPERSEDED' AND to IS NULL)`.
 */
export function inForceOn(
  version: VersionPeriod & { readonly status: string },
  date: IsoDate,
): boolean {
  if (version.status === 'SUPERSEDED' && version.to === null) return false;
  if (compareDates(version.from, date) > 0) return false;
  return version.to === null || compareDates(version.to, date) >= 0;
}
