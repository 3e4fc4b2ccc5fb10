/**
 * The Event Outcome of a service line, which plans do not record [P]: a line still open at the end
 * of the period continues ("Continuation of support or services"); a line that ended on or after
 * the person's death ended because they died; any other ended line ended as planned.
 */
import type { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';
import { type IsoDate, isAfter } from '../dates.ts';

export function serviceEventOutcome(
  line: { readonly endDate: IsoDate | null; readonly deathDate: IsoDate | null },
  periodEnd: IsoDate,
): EventOutcomeR2 {
  if (line.endDate === null || isAfter(line.endDate, periodEnd)) {
    return 'CONTINUATION_OF_SUPPORT_OR_SERVICES';
  }
  if (line.deathDate !== null && !isAfter(line.deathDate, line.endDate)) return 'NFA_DECEASED';
  return 'NFA_SUPPORT_ENDED_AS_PLANNED';
}
