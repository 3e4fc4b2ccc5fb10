/**
 * What a plan version needs before it is put forward for approval (submitSupportPlan): at least
 * one costed line, and the personal outcomes a long-term plan is expected to have (CLD guidance,
 * S-03). Counts are enough, so that the API can check them on the row its submitting UPDATE
 * returns (D111).
 */
import { MINIMUM_LONG_TERM_OUTCOMES } from './support-plan.ts';

export interface PlanSubmissionIssue {
  readonly path: readonly string[];
  readonly message: string;
  readonly code: 'TOO_SMALL';
}

export function planSubmissionIssues(plan: {
  readonly lineCount: number;
  readonly outcomeCount: number;
}): readonly PlanSubmissionIssue[] {
  const issues: PlanSubmissionIssue[] = [];
  if (plan.lineCount === 0) {
    issues.push({
      path: ['lines'],
      message: 'A plan needs at least one costed line',
      code: 'TOO_SMALL',
    });
  }
  if (plan.outcomeCount < MINIMUM_LONG_TERM_OUTCOMES) {
    issues.push({
      path: ['outcomes'],
      message: `A long-term plan needs at least ${MINIMUM_LONG_TERM_OUTCOMES} outcomes`,
      code: 'TOO_SMALL',
    });
  }
  return issues;
}
