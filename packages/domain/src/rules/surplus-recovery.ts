/**
 * I-12 Surplus and recovery (Care Act s33(5) repayment, S-09d; council practice S-15):
 * - surplus = closing balance − expected outstanding liabilities (never below 0);
 * - recoverable = surplus − contingency allowance (never below 0);
 * - a SURPLUS recovery may not exceed the recoverable amount (more needs reason MISUSE or BREACH);
 * - a CARD_SWEEP must be notified to the person first (Gateshead practice, S-15).
 */
import type { RecoveryMethod } from '../code-lists/recovery-method.ts';
import type { RecoveryReason } from '../code-lists/recovery-reason.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import {
  assertNonNegativePence,
  assertPence,
  formatPounds,
  mulDivHalfUp,
  type Pence,
} from '../money.ts';
import { checkPenceAmount } from './money-amounts.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

/** Surplus on the account: `max(0, closingBalance − outstandingLiabilities)`. */
export function surplusPence(
  closingBalancePence: Pence,
  outstandingLiabilitiesPence: Pence,
): Pence {
  assertPence(closingBalancePence, 'closingBalancePence');
  assertNonNegativePence(outstandingLiabilitiesPence, 'outstandingLiabilitiesPence');
  return Math.max(0, closingBalancePence - outstandingLiabilitiesPence);
}

/** Recoverable surplus: `max(0, surplus − contingencyAllowance)`. */
export function recoverablePence(surplus: Pence, contingencyAllowance: Pence): Pence {
  assertPence(surplus, 'surplusPence');
  assertNonNegativePence(contingencyAllowance, 'contingencyAllowancePence');
  return Math.max(0, surplus - contingencyAllowance);
}

/**
 * Contingency allowance: weekly net DP × contingency weeks, rounded half-up. Weeks may have two
 * decimal places (e.g. 4.5); `LaPolicy.contingencyWeeksHundredths / 100` gives them.
 */
export function contingencyAllowancePence(
  weeklyNetDpPence: Pence,
  contingencyWeeks: number,
): Pence {
  assertNonNegativePence(weeklyNetDpPence, 'weeklyNetDpPence');
  const hundredths = Math.round(contingencyWeeks * 100);
  if (contingencyWeeks < 0 || Math.abs(hundredths - contingencyWeeks * 100) > 1e-6) {
    throw new RangeError('contingencyWeeks must be ≥ 0 with at most two decimal places');
  }
  return mulDivHalfUp(weeklyNetDpPence, hundredths, 100);
}

export interface RecoveryCheckInput {
  readonly reason: RecoveryReason;
  readonly method: RecoveryMethod;
  readonly amountPence: Pence;
  /** Recoverable surplus at the audit (see `recoverablePence`). */
  readonly recoverablePence: Pence;
  readonly notifiedDate?: IsoDate | null | undefined;
  /** When the money is (to be) taken; the notice must come before it. */
  readonly recoveryDate?: IsoDate | null | undefined;
}

/** I-12 amount: a SURPLUS recovery may not exceed the recoverable surplus. */
export function checkRecoveryAmount(
  recovery: Pick<RecoveryCheckInput, 'reason' | 'amountPence' | 'recoverablePence'>,
): readonly RuleViolation[] {
  const amountProblems = [
    ...checkPenceAmount(recovery.amountPence, ['amountPence']),
    ...checkPenceAmount(recovery.recoverablePence, ['recoverablePence']),
  ];
  if (amountProblems.length > 0) return amountProblems;
  if (recovery.reason === 'SURPLUS' && recovery.amountPence > recovery.recoverablePence) {
    return [
      violation(
        'RECOVERY_EXCEEDS_RECOVERABLE',
        `A surplus recovery cannot exceed the recoverable ${formatPounds(recovery.recoverablePence)}; recovering more needs a misuse or breach reason.`,
        ['amountPence'],
      ),
    ];
  }
  return [];
}

/** I-12 notice: money is swept from a card account only after the person was told. */
export function checkCardSweepNotice(
  recovery: Pick<RecoveryCheckInput, 'method' | 'notifiedDate' | 'recoveryDate'>,
): readonly RuleViolation[] {
  if (recovery.method !== 'CARD_SWEEP') return [];
  if (recovery.notifiedDate == null) {
    return [
      violation(
        'CARD_SWEEP_NOT_NOTIFIED',
        'The person must be told before money is swept from their card account.',
        ['notifiedDate'],
      ),
    ];
  }
  if (
    recovery.recoveryDate != null &&
    compareDates(recovery.notifiedDate, recovery.recoveryDate) > 0
  ) {
    return [
      violation('CARD_SWEEP_NOT_NOTIFIED', 'The notice must be given before the card sweep.', [
        'notifiedDate',
      ]),
    ];
  }
  return [];
}

/** Both I-12 checks of a recovery: its amount and, for a card sweep, the notice. */
export function checkRecovery(recovery: RecoveryCheckInput): readonly RuleViolation[] {
  const amountProblems = checkRecoveryAmount(recovery);
  if (amountProblems.some((problem) => problem.code !== 'RECOVERY_EXCEEDS_RECOVERABLE')) {
    return amountProblems;
  }
  return [...amountProblems, ...checkCardSweepNotice(recovery)];
}
