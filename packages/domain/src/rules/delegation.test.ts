import { describe, expect, it } from 'vitest';
import { checkDelegation, type DelegationGrant, isDelegationActive } from './delegation.ts';

const grant: DelegationGrant = {
  personId: 'p1',
  scopes: ['READ_PLAN', 'PROPOSE_PLAN'],
  grantedBy: 'PERSON',
  validFrom: '2024-04-01',
  validTo: '2025-03-31',
};
const action = {
  personId: 'p1',
  requiredScope: 'PROPOSE_PLAN',
  today: '2024-06-01',
  personCapacity: 'CAPACITY_PRESENT',
} as const;

describe('I-17 delegation', () => {
  it('passes an active delegation with the scope', () => {
    expect(checkDelegation(grant, action)).toEqual([]);
    expect(isDelegationActive(grant, '2025-03-31')).toBe(true);
  });

  it('fails with DELEGATION_SCOPE_MISSING at scopes', () => {
    expect(checkDelegation(grant, { ...action, requiredScope: 'MANAGE_DP_ACCOUNT' })).toEqual([
      {
        code: 'DELEGATION_SCOPE_MISSING',
        message: expect.stringContaining('MANAGE_DP_ACCOUNT'),
        path: ['scopes'],
      },
    ]);
  });

  it('fails with DELEGATION_NOT_ACTIVE when missing, revoked, not started, ended or for someone else', () => {
    expect(checkDelegation(null, action)[0]).toMatchObject({
      code: 'DELEGATION_NOT_ACTIVE',
      path: ['delegationId'],
    });
    expect(
      checkDelegation({ ...grant, revokedAt: '2024-05-01T10:00:00Z' }, action)[0],
    ).toMatchObject({
      code: 'DELEGATION_NOT_ACTIVE',
      path: ['revokedAt'],
    });
    expect(checkDelegation(grant, { ...action, today: '2024-03-31' })[0]?.path).toEqual([
      'validFrom',
    ]);
    expect(checkDelegation(grant, { ...action, today: '2025-04-01' })[0]?.path).toEqual([
      'validTo',
    ]);
    expect(checkDelegation(grant, { ...action, personId: 'p2' })[0]?.path).toEqual(['personId']);
    expect(isDelegationActive({ ...grant, revokedAt: new Date() }, '2024-06-01')).toBe(false);
  });

  it('for a person lacking capacity only an authorised person or the council may grant', () => {
    const lacking = { ...action, personCapacity: 'LACKS_CAPACITY' } as const;
    expect(checkDelegation(grant, lacking)).toEqual([
      { code: 'DELEGATION_GRANTOR_INVALID', message: expect.any(String), path: ['grantedBy'] },
    ]);
    expect(checkDelegation({ ...grant, grantedBy: 'AUTHORISED_PERSON' }, lacking)).toEqual([]);
    expect(checkDelegation({ ...grant, grantedBy: 'LOCAL_AUTHORITY' }, lacking)).toEqual([]);
  });
});
