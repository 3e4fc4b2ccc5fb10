import { describe, expect, it } from 'vitest';
import { delegationInputSchema } from './delegation.ts';

const delegation = {
  personId: 'p1',
  granteeOrganisationId: 'broker-1',
  scopes: ['READ_PLAN', 'PROPOSE_PLAN'],
  grantedBy: 'PERSON',
  grantedById: 'p1',
  validFrom: '2024-04-01',
};

function pathsOf(input: unknown): string[] {
  const result = delegationInputSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('delegationInputSchema', () => {
  it('accepts a delegation', () => {
    expect(pathsOf(delegation)).toEqual([]);
  });

  it('rejects empty, duplicate or unknown scopes and reversed dates', () => {
    expect(pathsOf({ ...delegation, scopes: [] })).toEqual(['scopes']);
    expect(pathsOf({ ...delegation, scopes: ['READ_PLAN', 'READ_PLAN'] })).toEqual(['scopes']);
    expect(pathsOf({ ...delegation, scopes: ['READ_EVERYTHING'] })).toEqual(['scopes.0']);
    expect(pathsOf({ ...delegation, validTo: '2024-03-31' })).toEqual(['validTo']);
  });
});
