import { describe, expect, it } from 'vitest';
import { checkPlanCoversLines } from './plan-covers-lines.ts';

describe('I-13 a plan cannot end before its lines', () => {
  it('passes an open plan, and lines ending on or before the plan’s end', () => {
    expect(checkPlanCoversLines({ endDate: null }, [{ endDate: null }])).toEqual([]);
    expect(
      checkPlanCoversLines({ endDate: '2027-03-31' }, [
        { endDate: '2027-03-31' },
        { endDate: '2026-12-31' },
        { status: 'CANCELLED', endDate: null },
      ]),
    ).toEqual([]);
  });

  it('refuses a line left open or ending after the plan, at the line', () => {
    expect(
      checkPlanCoversLines({ endDate: '2027-03-31' }, [
        { endDate: '2027-03-31' },
        { endDate: null },
        { endDate: '2027-04-01' },
      ]).map((problem) => [problem.code, problem.path]),
    ).toEqual([
      ['PLAN_ENDS_BEFORE_LINES', ['lines', '1', 'endDate']],
      ['PLAN_ENDS_BEFORE_LINES', ['lines', '2', 'endDate']],
    ]);
  });
});
