/**
 * An unpaid carer and an adult they care for (domain.md §6.2 CarerLink; CLD carer fields, S-02a):
 * the hours a week they spend caring for that person, from a date, until a date or open. CLD's
 * Total_Hrs_Caring_per_week, No_of_adults_being_cared_for and Adult_1/2/3_Linked_Person_ID of a
 * carer are derived from their links open on the date asked.
 */
import { z } from 'zod';
import { compareDates, type IsoDate, isWithin } from '../dates.ts';
import { hundredthsSchema, idSchema, isoDateSchema } from './field-schemas.ts';
import { perDay } from './per-day.ts';

/** A week has 168 hours. */
export const HOURS_IN_A_WEEK = 168;

const notInFuture = (today: IsoDate) => (date: IsoDate) => compareDates(date, today) <= 0;

/** Hours a week × 100 (35.5 hours is 3550), at most a whole week. */
const hoursSchema = hundredthsSchema.max(HOURS_IN_A_WEEK * 100, {
  error: `A week has ${HOURS_IN_A_WEEK} hours`,
});

/** Input for linking a carer to a person they care for. */
export const carerLinkInputSchema = perDay((today: IsoDate) => {
  return z
    .object({
      carerPersonId: idSchema,
      caredForPersonId: idSchema,
      hoursCaringPerWeekHundredths: hoursSchema.optional(),
      validFrom: isoDateSchema.refine(notInFuture(today), {
        error: 'A caring relationship cannot start in the future',
      }),
      validTo: isoDateSchema.optional(),
    })
    .refine((input) => input.carerPersonId !== input.caredForPersonId, {
      error: 'A carer cannot be linked to themselves',
      path: ['caredForPersonId'],
    })
    .refine(
      (input) => input.validTo === undefined || compareDates(input.validTo, input.validFrom) >= 0,
      {
        error: 'The end date cannot be before the start date',
        path: ['validTo'],
      },
    );
});

export type CarerLinkInput = z.output<ReturnType<typeof carerLinkInputSchema>>;

/** Input for ending a link: the last day of caring, not in the future. */
export const endCarerLinkInputSchema = perDay((today: IsoDate) => {
  return z.object({
    carerLinkId: idSchema,
    validTo: isoDateSchema.refine(notInFuture(today), {
      error: 'A caring relationship cannot be ended in the future',
    }),
  });
});

export interface CarerLinkPeriod {
  readonly id: string;
  readonly caredForPersonId: string;
  readonly hoursCaringPerWeekHundredths: number | null;
  readonly validFrom: IsoDate;
  readonly validTo: IsoDate | null;
}

/** Whether two periods (end-inclusive, `null` open) share a day. */
export function periodsOverlap(
  a: { readonly validFrom: IsoDate; readonly validTo: IsoDate | null },
  b: { readonly validFrom: IsoDate; readonly validTo: IsoDate | null },
): boolean {
  const aEndsBeforeB = a.validTo !== null && compareDates(a.validTo, b.validFrom) < 0;
  const bEndsBeforeA = b.validTo !== null && compareDates(b.validTo, a.validFrom) < 0;
  return !aEndsBeforeB && !bEndsBeforeA;
}

/** A carer's CLD carer fields on a date, from their links. */
export interface CaringOn {
  /** Total_Hrs_Caring_per_week, in hundredths; null when no open link records hours. */
  readonly hoursCaringPerWeekHundredths: number | null;
  /** No_of_adults_being_cared_for. */
  readonly adultsCaredFor: number;
  /** The people behind Adult_1/2/3_Linked_Person_ID: the first three, by start date then id. */
  readonly linkedPersonIds: readonly string[];
}

export function caringOn(links: readonly CarerLinkPeriod[], date: IsoDate): CaringOn {
  const open = links
    .filter((link) => isWithin(date, link.validFrom, link.validTo))
    .sort((a, b) => compareDates(a.validFrom, b.validFrom) || a.id.localeCompare(b.id));
  const hours = open.flatMap((link) =>
    link.hoursCaringPerWeekHundredths === null ? [] : [link.hoursCaringPerWeekHundredths],
  );
  const people = [...new Set(open.map((link) => link.caredForPersonId))];
  return {
    hoursCaringPerWeekHundredths: hours.length === 0 ? null : hours.reduce((a, b) => a + b, 0),
    adultsCaredFor: people.length,
    linkedPersonIds: people.slice(0, 3),
  };
}
