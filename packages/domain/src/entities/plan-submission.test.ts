import { describe, expect, it } from 'vitest';
import { planSubmissionIssues } from './plan-submission.ts';

describe('planSubmissionIssues', () => {
  it('lets a plan with a line and two outcomes go forward', () => {
    expect(planSubmissionIssues({ lineCount: 1, outcomeCount: 2 })).toEqual([]);
  });

  it('refuses a plan without a costed line', () => {
    expect(planSubmissionIssues({ lineCount: 0, outcomeCount: 3 })).toEqual([
      { path: ['lines'], message: 'A plan needs at least one costed line', code: 'TOO_SMALL' },
    ]);
  });

  it('refuses a long-term plan with fewer than two outcomes, and says both at once', () => {
    expect(
      planSubmissionIssues({ lineCount: 0, outcomeCount: 1 }).map((issue) => issue.path),
    ).toEqual([['lines'], ['outcomes']]);
  });
});
