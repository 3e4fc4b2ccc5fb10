import { describe, expect, it } from 'vitest';
import { assessmentInputSchema, eligibilityDeterminationInputSchema } from './assessment.ts';

const eligibility = {
  needsArisingFromImpairmentOrIllness: true,
  outcomes: [
    { outcome: 'NUTRITION', unableToAchieve: true, reason: 'WITHOUT_ASSISTANCE' },
    { outcome: 'TOILET_NEEDS', unableToAchieve: true, reason: 'PAIN_DISTRESS_ANXIETY' },
  ],
  significantImpactOnWellbeing: true,
};

const assessment = {
  personId: 'p1',
  type: 'LONG_TERM',
  format: 'SUPPORTED_SELF_ASSESSMENT',
  involvement: 'SERVICE_USER_AND_CARER',
  startDate: '2024-04-01',
  completedDate: '2024-04-10',
  assessorId: 's1',
  outcome: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
  eligibility,
};

function pathsOf(input: unknown): string[] {
  const result = assessmentInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('eligibilityDeterminationInputSchema', () => {
  it('computes eligible (I-3) rather than taking it as input', () => {
    expect(eligibilityDeterminationInputSchema.parse(eligibility).eligible).toBe(true);
    expect(
      eligibilityDeterminationInputSchema.parse({
        ...eligibility,
        significantImpactOnWellbeing: false,
      }).eligible,
    ).toBe(false);
  });

  it('needs a reason for each unachieved outcome and each outcome once', () => {
    const result = eligibilityDeterminationInputSchema.safeParse({
      ...eligibility,
      outcomes: [
        { outcome: 'NUTRITION', unableToAchieve: true },
        { outcome: 'NUTRITION', unableToAchieve: false },
      ],
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'outcomes.0.reason',
      'outcomes.1.outcome',
    ]);
  });
});

describe('assessmentInputSchema', () => {
  it('accepts a completed long-term assessment', () => {
    const parsed = assessmentInputSchema.parse(assessment);
    expect(parsed.complexity).toBe('MEDIUM');
    expect(parsed.eligibility?.eligible).toBe(true);
  });

  it('applies I-13 at completedDate', () => {
    expect(pathsOf({ ...assessment, completedDate: '2024-03-31' })).toEqual(['completedDate']);
  });

  it('needs a method unless financial, and eligibility only on long-term assessments', () => {
    const { involvement: _omitted, ...withoutInvolvement } = assessment;
    expect(pathsOf(withoutInvolvement)).toEqual(['involvement']);
    expect(pathsOf({ ...withoutInvolvement, type: 'FINANCIAL', eligibility: undefined })).toEqual(
      [],
    );
    expect(pathsOf({ ...assessment, type: 'SHORT_TERM' })).toEqual(['eligibility']);
  });

  it('needs an outcome once completed', () => {
    const { outcome: _omitted, ...withoutOutcome } = assessment;
    expect(pathsOf(withoutOutcome)).toEqual(['outcome']);
  });
});
