/**
 * Which CLD specification a reporting period is submitted in. Release 1 applied from 1 April 2023
 * [S-21]; DHSC processes everything as Release 2 and maps Release 1 values for "data submitted
 * from October 2025 onwards" (DataS-DHSC/ASC-CLD-LA-Dashboard README, [S-02c]), i.e. from the
 * submission of the period ending 30 September 2025 (Q2 2025-26). So a period that ends before
 * that date is a Release 1 period; any later one is Release 2, and a Release 1 file of it would be
 * mapped (and its Release 1-only values lost) by DHSC.
 */
import type { CldRelease } from '../code-lists/code-list.ts';
import { type IsoDate, isBefore } from '../dates.ts';

/** The last day of the first reporting period submitted in Release 2. */
export const FIRST_RELEASE_2_PERIOD_END: IsoDate = '2025-09-30';

/** The release a period ending on `periodEnd` is submitted in. */
export function cldReleaseForPeriod(periodEnd: IsoDate): CldRelease {
  return isBefore(periodEnd, FIRST_RELEASE_2_PERIOD_END) ? 'R1' : 'R2';
}

/**
 * Whether a file of the period may use `release`: Release 2 labels always (DHSC maps every
 * submission to Release 2), Release 1 labels only for a Release 1 period.
 */
export function cldReleaseApplies(release: CldRelease, periodEnd: IsoDate): boolean {
  return release === 'R2' || cldReleaseForPeriod(periodEnd) === 'R1';
}
