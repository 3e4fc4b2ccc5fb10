import { formatDate } from './dates.ts';

/** When a delegation (or any dated grant) runs, in words that read right against `today`. */
export interface ValidityWords {
  readonly from: string;
  readonly until: string;
}

/** All three are YYYY-MM-DD: a start in the past reads "Since", an end in the past "Ended". */
export function describeValidity(
  validFrom: string,
  validTo: string | null | undefined,
  today: string,
): ValidityWords {
  const from = `${validFrom <= today ? 'Since' : 'Starts'} ${formatDate(validFrom)}`;
  if (!validTo) return { from, until: 'No end date' };
  return { from, until: `${validTo >= today ? 'Until' : 'Ended'} ${formatDate(validTo)}` };
}
