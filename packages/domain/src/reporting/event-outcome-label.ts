/**
 * The label of a stored (R2) Event Outcome in a CLD release. R1 has its own list: an R2 code is
 * shown with the label of the first R1 value that maps to it (EventOutcomeR1ToR2), or with its R2
 * label when no R1 value does.
 */
import { type CldRelease, isCode, labelOf } from '../code-lists/code-list.ts';
import { EventOutcomeR1, EventOutcomeR1ToR2 } from '../code-lists/event-outcome-r1.ts';
import { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';

export function eventOutcomeLabel(code: string, release: CldRelease): string {
  if (!isCode(EventOutcomeR2, code)) return code;
  if (release === 'R1') {
    const r1 = EventOutcomeR1.codes.find((candidate) => EventOutcomeR1ToR2[candidate] === code);
    if (r1) return labelOf(EventOutcomeR1, r1, 'R1');
  }
  return labelOf(EventOutcomeR2, code, 'R2');
}
