import type { IsoDate } from '@openpb/domain/dates';

const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The civil date in England at `instant` (business dates are Europe/London dates). */
export function todayIn(instant: Date): IsoDate {
  return londonDate.format(instant) as IsoDate;
}
