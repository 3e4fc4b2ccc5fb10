import { describe, expect, it } from 'vitest';
import {
  lineInputWeeklyCostPence,
  supportPlanInputSchema,
  supportPlanLineInputSchema,
} from './support-plan.ts';

const line = {
  serviceType: 'LT_COMMUNITY',
  serviceComponent: 'HOME_SUPPORT_OR_DOMICILIARY_CARE',
  deliveryMechanism: 'DIRECT_PAYMENT',
  description: 'Personal assistant, mornings',
  unitCostPence: 1800,
  costFrequency: 'HOURLY',
  plannedUnitsPerWeekHundredths: 1050,
  startDate: '2024-04-01',
};

const plan = {
  personId: 'p1',
  outcomes: [
    { description: 'Get up and dressed by 9am', eligibilityOutcome: 'APPROPRIATELY_CLOTHED' },
  ],
  lines: [line],
  startDate: '2024-04-01',
  firstReviewDueDate: '2024-05-13',
};

function pathsOf(
  schema: typeof supportPlanInputSchema | typeof supportPlanLineInputSchema,
  input: unknown,
): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('supportPlanLineInputSchema', () => {
  it('accepts a costed line and fills defaults', () => {
    const parsed = supportPlanLineInputSchema.parse(line);
    expect(parsed.status).toBe('PLANNED');
    expect(parsed.fundingSource).toBe('LA');
    expect(lineInputWeeklyCostPence(parsed)).toBe(18_900);
  });

  it('applies I-14 at the missing cost field', () => {
    const { plannedUnitsPerWeekHundredths: _omitted, ...withoutUnits } = line;
    expect(pathsOf(supportPlanLineInputSchema, withoutUnits)).toEqual([
      'plannedUnitsPerWeekHundredths',
    ]);
  });

  it('applies I-15 in prison', () => {
    expect(pathsOf(supportPlanLineInputSchema, { ...line, serviceType: 'LT_PRISON' })).toEqual([
      'deliveryMechanism',
    ]);
  });

  it('rejects negative costs and reversed dates', () => {
    expect(pathsOf(supportPlanLineInputSchema, { ...line, unitCostPence: -1 })).toEqual([
      'unitCostPence',
    ]);
    expect(pathsOf(supportPlanLineInputSchema, { ...line, endDate: '2024-03-01' })).toEqual([
      'endDate',
    ]);
  });
});

describe('supportPlanInputSchema', () => {
  it('accepts a plan with its first review within 42 days', () => {
    expect(pathsOf(supportPlanInputSchema, plan)).toEqual([]);
    // A date between 42 and 56 days is only a warning, so it is accepted.
    expect(pathsOf(supportPlanInputSchema, { ...plan, firstReviewDueDate: '2024-05-27' })).toEqual(
      [],
    );
  });

  it('applies I-10 at firstReviewDueDate', () => {
    expect(pathsOf(supportPlanInputSchema, { ...plan, firstReviewDueDate: '2024-05-28' })).toEqual([
      'firstReviewDueDate',
    ]);
  });

  it('reports nested line problems with their index', () => {
    expect(
      pathsOf(supportPlanInputSchema, {
        ...plan,
        lines: [line, { ...line, startDate: '2024-03-01', unitCostPence: 1.5 }],
      }),
    ).toEqual(['lines.1.unitCostPence']);
    expect(
      pathsOf(supportPlanInputSchema, { ...plan, lines: [{ ...line, startDate: '2024-03-01' }] }),
    ).toEqual(['lines.0.startDate']);
    expect(pathsOf(supportPlanInputSchema, { ...plan, outcomes: [] })).toEqual(['outcomes']);
  });
});
