import { describe, expect, it } from 'vitest';
import { allocationInputSchema, replacedAllocationEndDate } from './allocation.ts';

describe('allocationInputSchema', () => {
  it('accepts an allocation and refuses an unknown role', () => {
    const allocation = {
      personId: 'p1',
      staffId: 's1',
      role: 'KEY_WORKER',
      complexity: 'HIGH',
      fromDate: '2025-04-01',
    };
    expect(allocationInputSchema.safeParse(allocation).success).toBe(true);
    const wrong = allocationInputSchema.safeParse({ ...allocation, role: 'DRIVER' });
    expect(wrong.error?.issues.map((issue) => issue.path)).toEqual([['role']]);
  });
});

describe('replacedAllocationEndDate', () => {
  it('ends the current allocation the day before the new one starts', () => {
    expect(replacedAllocationEndDate('2024-01-10', '2025-03-01')).toBe('2025-02-28');
    expect(replacedAllocationEndDate('2025-02-28', '2025-03-01')).toBe('2025-02-28');
  });

  it('cannot end an allocation before it started', () => {
    expect(replacedAllocationEndDate('2025-03-01', '2025-03-01')).toBeNull();
    expect(replacedAllocationEndDate('2025-04-01', '2025-03-01')).toBeNull();
  });
});
