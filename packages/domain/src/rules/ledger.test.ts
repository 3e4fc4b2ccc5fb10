import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LedgerEntryKind } from '../code-lists/ledger-entry-kind.ts';
import { addDays } from '../dates.ts';
import { sumPence } from '../money.ts';
import {
  checkLedger,
  checkLedgerEntry,
  closingBalance,
  type LedgerEntry,
  postingsOf,
  runningBalances,
  trialBalance,
} from './ledger.ts';

const entries: LedgerEntry[] = [
  { kind: 'SPEND', amountPence: -40_000, postedDate: '2024-04-10' },
  { kind: 'PAYMENT_IN', amountPence: 120_000, postedDate: '2024-04-01' },
  { kind: 'CONTRIBUTION_IN', amountPence: 20_000, postedDate: '2024-04-01' },
  { kind: 'RECOVERY', amountPence: -10_000, postedDate: '2024-04-30' },
  { kind: 'ADJUSTMENT', amountPence: 500, postedDate: '2024-04-30' },
];

describe('DP ledger balances', () => {
  it('runs balances in posting order, keeping same-day order', () => {
    expect(runningBalances(entries).map((line) => [line.entry.kind, line.balancePence])).toEqual([
      ['PAYMENT_IN', 120_000],
      ['CONTRIBUTION_IN', 140_000],
      ['SPEND', 100_000],
      ['RECOVERY', 90_000],
      ['ADJUSTMENT', 90_500],
    ]);
    expect(closingBalance(entries)).toBe(90_500);
    expect(closingBalance(entries, 1_000)).toBe(91_500);
    expect(closingBalance([])).toBe(0);
  });

  it('expands each entry into balanced double-entry postings', () => {
    expect(postingsOf({ kind: 'SPEND', amountPence: -40_000, postedDate: '2024-04-10' })).toEqual([
      { account: 'SPEND', debitPence: 40_000, creditPence: 0 },
      { account: 'DP_ACCOUNT', debitPence: 0, creditPence: 40_000 },
    ]);
    const trial = trialBalance(entries);
    expect(trial.DP_ACCOUNT.debitPence - trial.DP_ACCOUNT.creditPence).toBe(90_500);
    expect(trial.LA_FUNDING.creditPence).toBe(120_000);
  });
});

describe('DP ledger directions', () => {
  it('passes inflows positive and outflows negative', () => {
    expect(checkLedger(entries)).toEqual([]);
    expect(
      checkLedgerEntry({ kind: 'ADJUSTMENT', amountPence: -1, postedDate: '2024-04-01' }),
    ).toEqual([]);
  });

  it('fails with LEDGER_DIRECTION_INVALID at the entry amount', () => {
    expect(
      checkLedger([
        { kind: 'SPEND', amountPence: 100, postedDate: '2024-04-01' },
        { kind: 'PAYMENT_IN', amountPence: -100, postedDate: '2024-04-01' },
        { kind: 'RECOVERY', amountPence: 0, postedDate: '2024-04-01' },
        { kind: 'ADJUSTMENT', amountPence: 0, postedDate: '2024-04-01' },
        { kind: 'CONTRIBUTION_IN', amountPence: 1.5, postedDate: '2024-04-01' },
      ]).map((p) => [p.code, p.path.join('.')]),
    ).toEqual([
      ['LEDGER_DIRECTION_INVALID', 'entries.0.amountPence'],
      ['LEDGER_DIRECTION_INVALID', 'entries.1.amountPence'],
      ['LEDGER_DIRECTION_INVALID', 'entries.2.amountPence'],
      ['LEDGER_DIRECTION_INVALID', 'entries.3.amountPence'],
      ['NOT_WHOLE_PENCE', 'entries.4.amountPence'],
    ]);
  });
});

describe('DP ledger properties', () => {
  const entryArbitrary = fc.record({
    kind: fc.constantFrom(...LedgerEntryKind.codes),
    amountPence: fc.integer({ min: -1e9, max: 1e9 }),
    postedDate: fc.integer({ min: 0, max: 730 }).map((days) => addDays('2024-04-01', days)),
  });

  it('the closing balance is the opening balance plus the sum of entries, and equals the last running balance', () => {
    fc.assert(
      fc.property(
        fc.array(entryArbitrary, { maxLength: 40 }),
        fc.integer({ min: -1e9, max: 1e9 }),
        (list, opening) => {
          const closing = closingBalance(list, opening);
          expect(closing).toBe(opening + sumPence(list.map((entry) => entry.amountPence)));
          const lines = runningBalances(list, opening);
          expect(lines.at(-1)?.balancePence ?? opening).toBe(closing);
        },
      ),
    );
  });

  it('debits equal credits and the DP account nets to the closing balance', () => {
    fc.assert(
      fc.property(fc.array(entryArbitrary, { maxLength: 40 }), (list) => {
        const trial = Object.values(trialBalance(list));
        expect(sumPence(trial.map((line) => line.debitPence))).toBe(
          sumPence(trial.map((line) => line.creditPence)),
        );
        const account = trialBalance(list).DP_ACCOUNT;
        expect(account.debitPence - account.creditPence).toBe(closingBalance(list));
      }),
    );
  });
});
