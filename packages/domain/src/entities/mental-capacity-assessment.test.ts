import { describe, expect, it } from 'vitest';
import {
  capacityAfterAssessment,
  mentalCapacityAssessmentInputSchema,
} from './mental-capacity-assessment.ts';

const schema = mentalCapacityAssessmentInputSchema('2026-12-01');
const valid = {
  personId: 'P1',
  assessedOn: '2026-11-20',
  outcome: 'LACKS_CAPACITY',
  assessorName: 'Dr A. Patel',
};
const pathsOf = (input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
};

describe('mentalCapacityAssessmentInputSchema', () => {
  it('accepts an assessment by a named assessor or by a member of staff', () => {
    expect(pathsOf(valid)).toEqual([]);
    expect(pathsOf({ ...valid, assessorName: undefined, assessorStaffId: 'S1' })).toEqual([]);
  });

  it('needs exactly one assessor', () => {
    expect(pathsOf({ ...valid, assessorName: undefined })).toEqual(['assessorStaffId']);
    expect(pathsOf({ ...valid, assessorStaffId: 'S1' })).toEqual(['assessorStaffId']);
  });

  it('refuses NOT_ASSESSED as an outcome: an assessment finds capacity or its lack (MCA 2005 s2(1))', () => {
    expect(pathsOf({ ...valid, outcome: 'NOT_ASSESSED' })).toEqual(['outcome']);
  });

  it('refuses a date in the future', () => {
    expect(pathsOf({ ...valid, assessedOn: '2026-12-02' })).toEqual(['assessedOn']);
  });
});

describe('capacityAfterAssessment', () => {
  const presumed = { mentalCapacityForDp: 'NOT_ASSESSED', capacityAssessedOn: null } as const;

  it('replaces the presumption of capacity (MCA 2005 s1(2)) with the first assessment', () => {
    expect(
      capacityAfterAssessment(presumed, { assessedOn: '2026-03-01', outcome: 'LACKS_CAPACITY' }),
    ).toEqual({ mentalCapacityForDp: 'LACKS_CAPACITY', capacityAssessedOn: '2026-03-01' });
  });

  it('lets a later assessment change it (capacity can be regained, MCA 2005 s2(2))', () => {
    const lacks = {
      mentalCapacityForDp: 'LACKS_CAPACITY',
      capacityAssessedOn: '2026-03-01',
    } as const;
    expect(
      capacityAfterAssessment(lacks, { assessedOn: '2026-09-01', outcome: 'CAPACITY_PRESENT' }),
    ).toEqual({ mentalCapacityForDp: 'CAPACITY_PRESENT', capacityAssessedOn: '2026-09-01' });
  });

  it('keeps an assessment older than the latest as history only', () => {
    const lacks = {
      mentalCapacityForDp: 'LACKS_CAPACITY',
      capacityAssessedOn: '2026-03-01',
    } as const;
    expect(
      capacityAfterAssessment(lacks, { assessedOn: '2025-01-01', outcome: 'CAPACITY_PRESENT' }),
    ).toBe(lacks);
  });
});
