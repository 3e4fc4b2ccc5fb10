import type { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import type { PlanLineDates } from '@openpb/domain/lifecycle/support-plan-lifecycle';
import { fromDbDate } from '../../business-dates.ts';

/** A stored plan line as the plan lifecycle closes it (status and dates), with its id. */
export function planLineDates(line: {
  readonly id: string;
  readonly status: string;
  readonly startDate: Date;
  readonly endDate: Date | null;
}): PlanLineDates & { readonly id: string } {
  return {
    id: line.id,
    status: line.status as PlanLineStatus,
    startDate: fromDbDate(line.startDate),
    endDate: line.endDate ? fromDbDate(line.endDate) : null,
  };
}
