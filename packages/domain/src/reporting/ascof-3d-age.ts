/**
 * Age at the ASCOF snapshot, two ways. CLD reaches DHSC with a birth year and month only, so
 * DHSC's SQL builds a date of birth on the 1st of the birth month and divides the days from it to
 * the snapshot by 365.25, rounding down (DataS-DHSC/ASC-CLD-LA-Dashboard,
 * ASCOF_measures/Create_ASCOF_3D_2425_Onwards.sql "#Build" with Der_Birth_Date from
 * Create_personal_details_table.sql; NHSDigital/ASC-Client-Level-Data-SALT-ASCOF-transformations,
 * "ASCOF 3D replication code", Der_Age_Snapshot_Date). The recorded age is the person's age in
 * whole years from their full date of birth. The two differ for people whose birthday falls later
 * in the snapshot's month than the snapshot day, and on some exact birthdays (365.25 days a year
 * run ahead of the calendar between leap years).
 */
import { ageOn, daysBetween, type IsoDate, isoDate } from '../dates.ts';
import type { AscofAgeBand } from './ascof-3d.ts';

export type AscofMethod = 'DHSC' | 'RECORDED';

/** DHSC's age: whole 365.25-day years from the 1st of the birth month. */
export function dhscAgeOn(birthDate: IsoDate, on: IsoDate): number {
  const year = Number(birthDate.slice(0, 4));
  const month = Number(birthDate.slice(5, 7));
  return Math.floor(daysBetween(isoDate(year, month, 1), on) / 365.25);
}

export function ascofAgeOn(method: AscofMethod, birthDate: IsoDate, on: IsoDate): number {
  return method === 'DHSC' ? dhscAgeOn(birthDate, on) : ageOn(birthDate, on);
}

/** The ASCOF age band of an age, or null for a child (ASCOF counts adults only). */
export function ascofAgeBandOf(age: number): AscofAgeBand | null {
  if (age < 18) return null;
  return age < 65 ? 'AGE_18_TO_64' : 'AGE_65_AND_OVER';
}
