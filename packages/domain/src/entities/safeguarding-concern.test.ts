import { describe, expect, it } from 'vitest';
import { safeguardingConcernInputSchema } from './safeguarding-concern.ts';

describe('safeguardingConcernInputSchema', () => {
  it('accepts a concern and trims who raised it', () => {
    const parsed = safeguardingConcernInputSchema.parse({
      personId: 'p1',
      raisedDate: '2025-05-02',
      raisedBy: ' District nurse ',
      affectsDirectPayment: true,
    });
    expect(parsed.raisedBy).toBe('District nurse');
  });

  it('refuses an empty raisedBy and a bad date, at their paths', () => {
    const result = safeguardingConcernInputSchema.safeParse({
      personId: 'p1',
      raisedDate: '2025-02-30',
      raisedBy: '  ',
      affectsDirectPayment: false,
    });
    expect(result.error?.issues.map((issue) => issue.path.join('.')).sort()).toEqual([
      'raisedBy',
      'raisedDate',
    ]);
  });
});
