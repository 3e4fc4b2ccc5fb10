import type { IsoDate } from '@openpb/domain/dates';

/** A business date as stored by Prisma (`@db.Date` is a Date at UTC midnight). */
export function toDbDate(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

export function toDbDateOrNull(date: IsoDate | null | undefined): Date | null {
  return date ? toDbDate(date) : null;
}

/** The calendar date of a stored business date. */
export function fromDbDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}
