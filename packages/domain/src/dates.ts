/**
 * Calendar dates without time, as ISO `YYYY-MM-DD` strings (domain.md §6.1: business dates are
 * Europe/London civil dates). All arithmetic works on the civil date in UTC, so it never depends
 * on the machine's time zone or on daylight saving.
 */

/** A civil date `YYYY-MM-DD`. Check untrusted text with `isIsoDate` or `parseIsoDate`. */
export type IsoDate = string;

/** A financial year, 1 April to 31 March (ASCOF/SALT year end 31 March, domain.md §6.5). */
export interface FinancialYear {
  /** The calendar year in which the financial year starts, e.g. 2024 for 2024/25. */
  readonly startYear: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The usual short label, e.g. `2024/25`. */
  readonly label: string;
}

export class InvalidDateError extends Error {
  override readonly name = 'InvalidDateError';
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function parts(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(date);
  if (!match) throw new InvalidDateError(`Not a date YYYY-MM-DD: ${JSON.stringify(date)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new InvalidDateError(`No such calendar date: ${date}`);
  }
  return { year, month, day };
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/**
 * Conversions already made. Business data reuses a few thousand dates over and over (a synthetic
 * national data set converts hundreds of millions), so both directions are remembered, up to a
 * bound that covers every date of several centuries.
 */
const MAX_REMEMBERED = 200_000;
const dayNumberOf = new Map<IsoDate, number>();
const dateOfDayNumber = new Map<number, IsoDate>();

/** Days since 1970-01-01 of a civil date. */
function toDayNumber(date: IsoDate): number {
  const remembered = dayNumberOf.get(date);
  if (remembered !== undefined) return remembered;
  const { year, month, day } = parts(date);
  const utc = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  utc.setUTCFullYear(year, month - 1, day);
  const dayNumber = utc.getTime() / MS_PER_DAY;
  if (dayNumberOf.size < MAX_REMEMBERED) dayNumberOf.set(date, dayNumber);
  return dayNumber;
}

function fromDayNumber(dayNumber: number): IsoDate {
  const remembered = dateOfDayNumber.get(dayNumber);
  if (remembered !== undefined) return remembered;
  const date = new Date(dayNumber * MS_PER_DAY);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new InvalidDateError('Date out of range 0000–9999');
  const iso = `${pad(year, 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
  if (dateOfDayNumber.size < MAX_REMEMBERED) dateOfDayNumber.set(dayNumber, iso);
  return iso;
}

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (`month` 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether a value is a real calendar date written `YYYY-MM-DD` (rejects 2023-02-29). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    parts(value);
    return true;
  } catch {
    return false;
  }
}

/** Returns the text as an `IsoDate`, or throws `InvalidDateError`. Surrounding spaces are trimmed. */
export function parseIsoDate(text: string): IsoDate {
  const trimmed = text.trim();
  parts(trimmed);
  return trimmed;
}

/** Builds a date from year, month (1–12) and day; throws `InvalidDateError` if it does not exist. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  return parseIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`);
}

/** `date` plus `days` (may be negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError('addDays needs a whole number of days');
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * `date` plus `months` (may be negative). The day is clamped to the end of the target month,
 * so 31 January + 1 month = 28 (or 29) February.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError('addMonths needs a whole number of months');
  const { year, month, day } = parts(date);
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return isoDate(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/** `date` plus whole years (29 February clamps to 28 February in common years). */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** Days from `from` to `to` (negative if `to` is earlier). `daysBetween(d, d) = 0`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Days in the end-inclusive period `[start, end]`, as CLD counts them: `daysBetween + 1`. */
export function daysInclusive(start: IsoDate, end: IsoDate): number {
  return daysBetween(start, end) + 1;
}

/** -1, 0 or 1, for sorting. Validates both dates. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const difference = toDayNumber(a) - toDayNumber(b);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

export function isBefore(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) < 0;
}

export function isAfter(a: IsoDate, b: IsoDate): boolean {
  return compareDates(a, b) > 0;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return isAfter(a, b) ? b : a;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return isBefore(a, b) ? b : a;
}

/** Whether `date` lies in the end-inclusive period `[start, end]`; `end` null means open. */
export function isWithin(date: IsoDate, start: IsoDate, end: IsoDate | null): boolean {
  return !isBefore(date, start) && (end === null || !isAfter(date, end));
}

/** Age in whole years on `on` (a person born on 29 February turns a year older on 1 March). */
export function ageOn(birthDate: IsoDate, on: IsoDate): number {
  const birth = parts(birthDate);
  const today = parts(on);
  const hadBirthday =
    today.month > birth.month || (today.month === birth.month && today.day >= birth.day);
  return today.year - birth.year - (hadBirthday ? 0 : 1);
}

/** The financial year (1 April–31 March) containing `date`. */
export function financialYearOf(date: IsoDate): FinancialYear {
  const { year, month } = parts(date);
  const startYear = month >= 4 ? year : year - 1;
  return {
    startYear,
    start: isoDate(startYear, 4, 1),
    end: isoDate(startYear + 1, 3, 31),
    label: `${startYear}/${pad((startYear + 1) % 100, 2)}`,
  };
}
