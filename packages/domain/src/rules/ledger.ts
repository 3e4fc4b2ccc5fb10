/**
 * Direct payment account ledger [P] (domain.md §6.2 AccountTransaction, §7 gap 5: there is no
 * national standard). Each entry is signed from the account's point of view (+ in, − out): council
 * payments and client contributions come in, spend and council recoveries go out, adjustments go
 * either way. `postingsOf` expands an entry into balanced double-entry postings against the
 * counter-account its kind implies.
 */
import type { LedgerEntryKind } from '../code-lists/ledger-entry-kind.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import { type Pence, sumPence } from '../money.ts';
import { checkPenceAmount } from './money-amounts.ts';
import { atPath, type RuleViolation, violation } from './rule-violation.ts';

export interface LedgerEntry {
  readonly kind: LedgerEntryKind;
  /** Signed: positive into the account, negative out of it. */
  readonly amountPence: Pence;
  readonly postedDate: IsoDate;
  readonly id?: string;
  readonly description?: string;
}

export interface LedgerLine {
  readonly entry: LedgerEntry;
  /** Balance after this entry. */
  readonly balancePence: Pence;
}

export type LedgerDirection = 'IN' | 'OUT' | 'EITHER';

/** The direction each kind of entry must have. */
export const LEDGER_DIRECTION: { readonly [K in LedgerEntryKind]: LedgerDirection } = {
  PAYMENT_IN: 'IN',
  CONTRIBUTION_IN: 'IN',
  SPEND: 'OUT',
  RECOVERY: 'OUT',
  ADJUSTMENT: 'EITHER',
};

/** Entries in posting order: by `postedDate`, keeping the given order on the same day. */
export function inPostingOrder(entries: readonly LedgerEntry[]): readonly LedgerEntry[] {
  return entries
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => compareDates(a.entry.postedDate, b.entry.postedDate) || a.index - b.index)
    .map(({ entry }) => entry);
}

/** The balance after each entry, in posting order, from an opening balance. */
export function runningBalances(
  entries: readonly LedgerEntry[],
  openingBalancePence: Pence = 0,
): readonly LedgerLine[] {
  let balance = openingBalancePence;
  return inPostingOrder(entries).map((entry) => {
    balance = sumPence([balance, entry.amountPence]);
    return { entry, balancePence: balance };
  });
}

/** Opening balance plus every entry. */
export function closingBalance(
  entries: readonly LedgerEntry[],
  openingBalancePence: Pence = 0,
): Pence {
  return sumPence([openingBalancePence, ...entries.map((entry) => entry.amountPence)]);
}

/** An entry's amount is whole pence and has its kind's direction (payments in, spend out). */
export function checkLedgerEntry(entry: LedgerEntry): readonly RuleViolation[] {
  const amountProblems = checkPenceAmount(entry.amountPence, ['amountPence'], {
    allowNegative: true,
  });
  if (amountProblems.length > 0) return amountProblems;
  const direction = LEDGER_DIRECTION[entry.kind];
  if (direction === 'IN' && entry.amountPence <= 0) {
    return [
      violation(
        'LEDGER_DIRECTION_INVALID',
        `A ${entry.kind} entry must be a positive amount (money in).`,
        ['amountPence'],
      ),
    ];
  }
  if (direction === 'OUT' && entry.amountPence >= 0) {
    return [
      violation(
        'LEDGER_DIRECTION_INVALID',
        `A ${entry.kind} entry must be a negative amount (money out).`,
        ['amountPence'],
      ),
    ];
  }
  if (direction === 'EITHER' && entry.amountPence === 0) {
    return [
      violation('LEDGER_DIRECTION_INVALID', 'An adjustment cannot be zero.', ['amountPence']),
    ];
  }
  return [];
}

/** Checks every entry; paths are `['entries', index, 'amountPence']`. */
export function checkLedger(entries: readonly LedgerEntry[]): readonly RuleViolation[] {
  return entries.flatMap((entry, index) => atPath(['entries', index], checkLedgerEntry(entry)));
}

/** Accounts of the double-entry view. DP_ACCOUNT is the person's direct payment account. */
export type LedgerAccount =
  | 'DP_ACCOUNT'
  | 'LA_FUNDING'
  | 'CLIENT_CONTRIBUTIONS'
  | 'SPEND'
  | 'LA_RECOVERIES'
  | 'ADJUSTMENTS';

const COUNTER_ACCOUNT: { readonly [K in LedgerEntryKind]: LedgerAccount } = {
  PAYMENT_IN: 'LA_FUNDING',
  CONTRIBUTION_IN: 'CLIENT_CONTRIBUTIONS',
  SPEND: 'SPEND',
  RECOVERY: 'LA_RECOVERIES',
  ADJUSTMENT: 'ADJUSTMENTS',
};

export interface Posting {
  readonly account: LedgerAccount;
  readonly debitPence: Pence;
  readonly creditPence: Pence;
}

/** The two balanced postings of an entry: money in debits DP_ACCOUNT, money out credits it. */
export function postingsOf(entry: LedgerEntry): readonly [Posting, Posting] {
  const amount = Math.abs(entry.amountPence);
  const counter = COUNTER_ACCOUNT[entry.kind];
  return entry.amountPence >= 0
    ? [
        { account: 'DP_ACCOUNT', debitPence: amount, creditPence: 0 },
        { account: counter, debitPence: 0, creditPence: amount },
      ]
    : [
        { account: counter, debitPence: amount, creditPence: 0 },
        { account: 'DP_ACCOUNT', debitPence: 0, creditPence: amount },
      ];
}

export interface TrialBalanceLine {
  readonly debitPence: Pence;
  readonly creditPence: Pence;
}

/** Debit and credit totals per account; total debits always equal total credits. */
export function trialBalance(entries: readonly LedgerEntry[]): {
  readonly [K in LedgerAccount]: TrialBalanceLine;
} {
  const totals: Record<LedgerAccount, { debitPence: Pence; creditPence: Pence }> = {
    DP_ACCOUNT: { debitPence: 0, creditPence: 0 },
    LA_FUNDING: { debitPence: 0, creditPence: 0 },
    CLIENT_CONTRIBUTIONS: { debitPence: 0, creditPence: 0 },
    SPEND: { debitPence: 0, creditPence: 0 },
    LA_RECOVERIES: { debitPence: 0, creditPence: 0 },
    ADJUSTMENTS: { debitPence: 0, creditPence: 0 },
  };
  for (const posting of entries.flatMap(postingsOf)) {
    const line = totals[posting.account];
    line.debitPence = sumPence([line.debitPence, posting.debitPence]);
    line.creditPence = sumPence([line.creditPence, posting.creditPence]);
  }
  return totals;
}
