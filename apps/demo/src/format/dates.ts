const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function parts(isoDate: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "2026-04-01" → "1 April 2026" (GOV.UK style), without time zones getting involved. */
export function formatDate(isoDate: string): string {
  const date = parts(isoDate);
  if (!date) return isoDate;
  const [year, month, day] = date;
  return `${day} ${MONTHS[month - 1] ?? ''} ${year}`;
}

/** Whole years between a birth date and `today` (both YYYY-MM-DD). */
export function ageOn(birthDate: string, today: string): number | null {
  const born = parts(birthDate);
  const now = parts(today);
  if (!born || !now) return null;
  const hadBirthday = now[1] > born[1] || (now[1] === born[1] && now[2] >= born[2]);
  return now[0] - born[0] - (hadBirthday ? 0 : 1);
}

/** Today's civil date in the UK, YYYY-MM-DD. */
export function todayInLondon(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}
