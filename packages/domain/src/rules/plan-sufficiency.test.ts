import { describe, expect, it } from 'vitest';
import {
  annualPlanCostPence,
  type CostedPlanLine,
  checkPlanSufficiency,
} from './plan-sufficiency.ts';

const weekly = (unitCostPence: number, extra: Partial<CostedPlanLine> = {}): CostedPlanLine => ({
  status: 'ACTIVE',
  fundingSource: 'LA',
  unitCostPence,
  costFrequency: 'WEEKLY',
  ...extra,
});

describe('I-2 checkPlanSufficiency', () => {
  it('passes when the plan costs the budget', () => {
    const lines = [
      weekly(20000),
      weekly(10000, { status: 'PLANNED', fundingSource: 'CLIENT_CONTRIBUTION' }),
    ];
    expect(annualPlanCostPence(lines)).toBe(1_560_000);
    expect(checkPlanSufficiency({ annualTotalPence: 1_560_000, lines })).toEqual([]);
  });

  it('ignores top-ups, NHS funding and ended lines; counts one-offs once', () => {
    const lines = [
      weekly(30000),
      weekly(5000, { fundingSource: 'THIRD_PARTY_TOP_UP' }),
      weekly(5000, { fundingSource: 'NHS' }),
      weekly(5000, { status: 'ENDED' }),
      weekly(50000, { costFrequency: 'ONE_OFF' }),
    ];
    expect(annualPlanCostPence(lines)).toBe(1_560_000 + 50000);
  });

  it('allows one penny of rounding per counted line', () => {
    const lines = [
      weekly(100, { costFrequency: 'MONTHLY' }),
      weekly(100, { costFrequency: 'MONTHLY' }),
    ];
    // 100 × 12/52 = 23.08 → 23 a week → 1,196 a year each, 2,392 in total.
    expect(checkPlanSufficiency({ annualTotalPence: 2394, lines })).toEqual([]);
    expect(checkPlanSufficiency({ annualTotalPence: 2390, lines })).toEqual([]);
    expect(checkPlanSufficiency({ annualTotalPence: 2389, lines })[0]?.code).toBe(
      'PLAN_COST_EXCEEDS_BUDGET',
    );
  });

  it('fails with PLAN_COST_EXCEEDS_BUDGET at lines', () => {
    expect(checkPlanSufficiency({ annualTotalPence: 1_000_000, lines: [weekly(20000)] })).toEqual([
      {
        code: 'PLAN_COST_EXCEEDS_BUDGET',
        message: expect.stringContaining('£10,400.00'),
        path: ['lines'],
      },
    ]);
  });

  it('fails with PLAN_COST_BELOW_BUDGET unless the gap is justified', () => {
    const input = { annualTotalPence: 1_560_000, lines: [weekly(20000)] };
    expect(checkPlanSufficiency(input)[0]).toMatchObject({
      code: 'PLAN_COST_BELOW_BUDGET',
      path: ['annualTotalPence'],
    });
    expect(checkPlanSufficiency({ ...input, shortfallJustification: '  ' })).toHaveLength(1);
    expect(
      checkPlanSufficiency({ ...input, shortfallJustification: 'Contingency for PA absence' }),
    ).toEqual([]);
  });
});
