import { describe, expect, it } from 'vitest';
import { DEFAULT_LA_POLICY } from '../entities/council-policy.ts';
import {
  checkSignerLevel,
  checkSignOffAuthority,
  requiredApprovalLevel,
} from './sign-off-authority.ts';

const limits = DEFAULT_LA_POLICY.approvalLimitsAnnualPence; // TEAM £15k, MANAGER £49k, HoS £100k, PANEL none

describe('I-5 requiredApprovalLevel', () => {
  it('picks the lowest level whose limit covers the budget', () => {
    expect(requiredApprovalLevel(1_500_000, limits)).toBe('TEAM');
    expect(requiredApprovalLevel(1_500_001, limits)).toBe('MANAGER');
    expect(requiredApprovalLevel(4_900_000, limits)).toBe('MANAGER');
    expect(requiredApprovalLevel(9_000_000, limits)).toBe('HEAD_OF_SERVICE');
    expect(requiredApprovalLevel(50_000_000, limits)).toBe('PANEL');
  });

  it('falls back to PANEL when every level has a limit below the budget', () => {
    expect(requiredApprovalLevel(10, { TEAM: 1, MANAGER: 2, HEAD_OF_SERVICE: 3, PANEL: 4 })).toBe(
      'PANEL',
    );
  });
});

describe('I-5 checkSignOffAuthority', () => {
  it('passes when the signer’s limit covers the budget at the right level', () => {
    expect(
      checkSignOffAuthority(
        {
          annualTotalPence: 4_000_000,
          approvalLevel: 'MANAGER',
          signerApprovalLimitAnnualPence: 4_900_000,
        },
        limits,
      ),
    ).toEqual([]);
  });

  it('passes a panel decision whatever the amount', () => {
    expect(
      checkSignOffAuthority(
        {
          annualTotalPence: 90_000_000,
          approvalLevel: 'PANEL',
          signerApprovalLimitAnnualPence: null,
        },
        limits,
      ),
    ).toEqual([]);
  });

  it('fails at signedOffById when the signer’s limit is too low or missing', () => {
    expect(
      checkSignOffAuthority({
        annualTotalPence: 5_000_000,
        approvalLevel: 'MANAGER',
        signerApprovalLimitAnnualPence: 4_900_000,
      }),
    ).toEqual([
      {
        code: 'APPROVAL_LIMIT_EXCEEDED',
        message: expect.stringContaining('£49,000.00'),
        path: ['signedOffById'],
      },
    ]);
    expect(
      checkSignOffAuthority({
        annualTotalPence: 1,
        approvalLevel: 'TEAM',
        signerApprovalLimitAnnualPence: undefined,
      })[0]?.path,
    ).toEqual(['signedOffById']);
  });

  it('fails at approvalLevel when the level is below the council’s required level', () => {
    const problems = checkSignOffAuthority(
      {
        annualTotalPence: 2_000_000,
        approvalLevel: 'TEAM',
        signerApprovalLimitAnnualPence: 9_999_999,
      },
      limits,
    );
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      ['APPROVAL_LIMIT_EXCEEDED', ['approvalLevel']],
    ]);
  });
});

describe('I-5 checkSignerLevel', () => {
  it('refuses a team manager recording a PANEL sign-off when policy holds staff to their level', () => {
    expect(
      checkSignerLevel(
        { approvalLevel: 'PANEL', signerApprovalLevel: 'MANAGER' },
        DEFAULT_LA_POLICY,
      ),
    ).toEqual([
      {
        code: 'SIGN_OFF_ABOVE_SIGNER_LEVEL',
        message: expect.stringContaining('PANEL'),
        path: ['approvalLevel'],
      },
    ]);
  });

  it('passes a sign-off at or below the signer’s level, or any level when policy allows it', () => {
    expect(
      checkSignerLevel(
        { approvalLevel: 'MANAGER', signerApprovalLevel: 'MANAGER' },
        DEFAULT_LA_POLICY,
      ),
    ).toEqual([]);
    expect(
      checkSignerLevel({ approvalLevel: 'TEAM', signerApprovalLevel: 'PANEL' }, DEFAULT_LA_POLICY),
    ).toEqual([]);
    expect(
      checkSignerLevel(
        { approvalLevel: 'PANEL', signerApprovalLevel: 'TEAM' },
        { signOffAtOwnLevelOnly: false },
      ),
    ).toEqual([]);
  });
});
