/**
 * An assessment of an adult's capacity to request and manage a direct payment (Care Act 2014
 * s31/s32; domain.md §4.1, I-7). Capacity is decision-specific and can change (Mental Capacity Act
 * 2005 ss2–3), so each assessment is kept with its date and assessor; the person's current
 * capacity is the outcome of the latest one. Until one establishes otherwise, capacity is presumed
 * (MCA 2005 s1(2)): NOT_ASSESSED is not an outcome and does not by itself refuse a direct payment.
 */
import { z } from 'zod';
import type { MentalCapacityForDp } from '../code-lists/mental-capacity-for-dp.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import { idSchema, isoDateSchema, textSchema } from './field-schemas.ts';
import { perDay } from './per-day.ts';

/** What an assessment can find (MCA 2005 s2(1): lacks capacity, or does not). */
export const CAPACITY_OUTCOMES = ['CAPACITY_PRESENT', 'LACKS_CAPACITY'] as const;
export type CapacityOutcome = (typeof CAPACITY_OUTCOMES)[number];

/**
 * Input for recording an assessment: its date (not in the future), its outcome, and who assessed
 * — a member of the council's staff or, for an assessor from outside the council, a name.
 */
export const mentalCapacityAssessmentInputSchema = perDay((today: IsoDate) => {
  return z
    .object({
      personId: idSchema,
      assessedOn: isoDateSchema.refine((date) => compareDates(date, today) <= 0, {
        error: 'An assessment cannot be dated in the future',
      }),
      outcome: z.enum(CAPACITY_OUTCOMES, {
        error: 'Must be CAPACITY_PRESENT or LACKS_CAPACITY: an assessment finds one or the other',
      }),
      assessorStaffId: idSchema.optional(),
      assessorName: textSchema(200).optional(),
    })
    .refine(
      (input) => (input.assessorStaffId === undefined) !== (input.assessorName === undefined),
      {
        error: 'Give the assessor: either assessorStaffId or assessorName',
        path: ['assessorStaffId'],
      },
    );
});

export type MentalCapacityAssessmentInput = z.output<
  ReturnType<typeof mentalCapacityAssessmentInputSchema>
>;

export interface CurrentCapacity {
  readonly mentalCapacityForDp: MentalCapacityForDp;
  readonly capacityAssessedOn: IsoDate | null;
}

/**
 * The person's capacity after an assessment: a newer (or same-day) assessment decides it; one
 * dated before the latest assessment is kept as history and changes nothing.
 */
export function capacityAfterAssessment(
  current: CurrentCapacity,
  assessment: { readonly assessedOn: IsoDate; readonly outcome: CapacityOutcome },
): CurrentCapacity {
  if (
    current.capacityAssessedOn !== null &&
    compareDates(assessment.assessedOn, current.capacityAssessedOn) < 0
  ) {
    return current;
  }
  return { mentalCapacityForDp: assessment.outcome, capacityAssessedOn: assessment.assessedOn };
}
