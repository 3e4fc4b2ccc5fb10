import { describe, expect, it } from 'vitest';
import { representativeInputSchema } from './representative.ts';

describe('representativeInputSchema', () => {
  it('accepts an authorised person with consent recorded', () => {
    const parsed = representativeInputSchema.parse({
      role: 'AUTHORISED_PERSON',
      name: '  Grace Okafor ',
      validFrom: '2026-01-01',
      consentRecordedOn: '2025-12-20',
    });
    expect(parsed.name).toBe('Grace Okafor');
  });

  it('refuses an end before the start with the rule code', () => {
    const result = representativeInputSchema.safeParse({
      role: 'NOMINATED_PERSON',
      name: 'Sam',
      validFrom: '2026-02-01',
      validTo: '2026-01-01',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({
      path: ['validTo'],
      params: { ruleCode: 'END_BEFORE_START' },
    });
  });

  it('refuses an unknown role and an empty name', () => {
    const result = representativeInputSchema.safeParse({
      role: 'FRIEND',
      name: ' ',
      validFrom: '2026-01-01',
    });
    expect(result.error?.issues.map((issue) => issue.path[0]).sort()).toEqual(['name', 'role']);
  });
});
