/**
 * I-5 Sign-off authority: the person signing off a personal budget must have an approval limit at
 * least the annual total, otherwise the decision escalates (ultimately to panel). Councils set the
 * limits per level (Doncaster: £49,000 a year for team managers, panel above, S-16), and may hold
 * staff to their own level: a team manager cannot record a PANEL sign-off
 * (`LaPolicy.signOffAtOwnLevelOnly`). Delegated authority is local policy, not statute [P].
 */
import { ApprovalLevel, approvalLevelRank } from '../code-lists/approval-level.ts';
import type { LaPolicy } from '../entities/council-policy.ts';
import { formatPounds, type Pence } from '../money.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** The lowest level whose limit covers the annual total (PANEL when nothing else does). */
export function requiredApprovalLevel(
  annualTotalPence: Pence,
  limits: LaPolicy['approvalLimitsAnnualPence'],
): ApprovalLevel {
  for (const level of ApprovalLevel.codes) {
    const limit = limits[level];
    if (limit === null || limit >= annualTotalPence) return level;
  }
  return 'PANEL';
}

export interface SignOffInput {
  readonly annualTotalPence: Pence;
  /** The level the budget is being signed off at. */
  readonly approvalLevel: ApprovalLevel;
  /** The signer's personal limit (StaffMember.approvalLimitAnnualPence); `null` = none recorded. */
  readonly signerApprovalLimitAnnualPence: Pence | null | undefined;
}

export function checkSignOffAuthority(
  input: SignOffInput,
  limits?: LaPolicy['approvalLimitsAnnualPence'],
): readonly RuleViolation[] {
  const problems: RuleViolation[] = [];
  if (limits !== undefined) {
    const required = requiredApprovalLevel(input.annualTotalPence, limits);
    if (approvalLevelRank(input.approvalLevel) < approvalLevelRank(required)) {
      problems.push(
        violation(
          'APPROVAL_LIMIT_EXCEEDED',
          `A budget of ${formatPounds(input.annualTotalPence)} a year needs sign-off at ${required} level or above.`,
          ['approvalLevel'],
        ),
      );
    }
  }
  // A panel decision is the escalation route itself; otherwise the signer's own limit must cover it.
  if (input.approvalLevel !== 'PANEL') {
    const limit = input.signerApprovalLimitAnnualPence;
    if (limit === null || limit === undefined || limit < input.annualTotalPence) {
      problems.push(
        violation(
          'APPROVAL_LIMIT_EXCEEDED',
          limit == null
            ? 'The signer has no approval limit; escalate the sign-off.'
            : `The signer's limit of ${formatPounds(limit)} is below the budget of ${formatPounds(input.annualTotalPence)}; escalate the sign-off.`,
          ['signedOffById'],
        ),
      );
    }
  }
  return problems;
}

/**
 * A sign-off at a level above the signer's own (StaffMember.approvalLevel), where the council's
 * policy holds staff to their level.
 */
export function checkSignerLevel(
  input: { readonly approvalLevel: ApprovalLevel; readonly signerApprovalLevel: ApprovalLevel },
  policy: Pick<LaPolicy, 'signOffAtOwnLevelOnly'>,
): readonly RuleViolation[] {
  if (!policy.signOffAtOwnLevelOnly) return [];
  if (approvalLevelRank(input.approvalLevel) <= approvalLevelRank(input.signerApprovalLevel)) {
    return [];
  }
  return [
    violation(
      'SIGN_OFF_ABOVE_SIGNER_LEVEL',
      `You sign off at ${input.signerApprovalLevel} level; a ${input.approvalLevel} sign-off must be recorded by someone at that level.`,
      ['approvalLevel'],
    ),
  ];
}
