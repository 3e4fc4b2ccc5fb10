/**
 * I-13 A plan cannot end before its lines: every line of a plan with an end date ends on or
 * before it (a line left open would run past its plan). Lines start on or after the plan
 * (support-plan.ts), so each line lies within its plan.
 */
import { compareDates, type IsoDate } from '../dates.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export function checkPlanCoversLines(
  plan: { readonly endDate?: IsoDate | null | undefined },
  lines: readonly {
    readonly status?: string;
    readonly endDate?: IsoDate | null | undefined;
  }[],
): readonly RuleViolation[] {
  const planEnd = plan.endDate ?? null;
  if (planEnd === null) return [];
  return lines.flatMap((line, index) => {
    if (line.status === 'CANCELLED') return [];
    const end = line.endDate ?? null;
    if (end !== null && compareDates(end, planEnd) <= 0) return [];
    return [
      violation(
        'PLAN_ENDS_BEFORE_LINES',
        end === null
          ? `The plan ends on ${planEnd}, so this line needs an end date on or before it.`
          : `The plan ends on ${planEnd}, before this line (${end}).`,
        ['lines', index, 'endDate'],
      ),
    ];
  });
}
