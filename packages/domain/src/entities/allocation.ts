/**
 * Caseload allocation (domain.md §6.2 Allocation): a staff member holds a person's case in a role
 * from a date. Whether the worker may hold it (I-6) is checked with `checkQualifiedWorker`.
 */
import { z } from 'zod';
import { AllocationRole } from '../code-lists/allocation-role.ts';
import { Complexity } from '../code-lists/complexity.ts';
import { addDays, compareDates, type IsoDate } from '../dates.ts';
import { codeSchema, idSchema, isoDateSchema } from './field-schemas.ts';

/** Input for allocating a case to a worker. */
export const allocationInputSchema = z.object({
  personId: idSchema,
  staffId: idSchema,
  role: codeSchema(AllocationRole),
  complexity: codeSchema(Complexity),
  fromDate: isoDateSchema,
});

export type AllocationInput = z.output<typeof allocationInputSchema>;

/**
 * The last day of the allocation a new one in the same role replaces: the day before the new one
 * starts (periods are end-inclusive), or `null` when the current one started on or after that
 * day and so cannot be ended before the new one begins.
 */
export function replacedAllocationEndDate(
  currentFromDate: IsoDate,
  newFromDate: IsoDate,
): IsoDate | null {
  const end = addDays(newFromDate, -1);
  return compareDates(end, currentFromDate) < 0 ? null : end;
}
