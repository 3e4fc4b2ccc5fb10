import type { IsoDate } from '@openpb/domain/dates';

/** A fixed time of day on a business date, as an ISO timestamp (deterministic, unlike now()). */
export function timestampOn(date: IsoDate, hour = 9, minute = 0): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}
