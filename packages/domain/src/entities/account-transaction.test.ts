import { describe, expect, it } from 'vitest';
import { accountTransactionInputSchema } from './account-transaction.ts';

const spend = {
  agreementId: 'a1',
  kind: 'SPEND',
  postedDate: '2026-05-01',
  amountPence: -12_000,
  counterpartyName: 'Payroll bureau',
  counterpartyType: 'PAYROLL',
  spendCategory: 'PAYROLL_SERVICE',
};

function problems(input: unknown) {
  const result = accountTransactionInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        rule: issue.code === 'custom' ? issue.params?.ruleCode : undefined,
      }));
}

describe('accountTransactionInputSchema', () => {
  it('accepts spend out with a category and a contribution in', () => {
    expect(problems(spend)).toEqual([]);
    expect(
      problems({ ...spend, kind: 'CONTRIBUTION_IN', amountPence: 5_000, spendCategory: undefined }),
    ).toEqual([]);
  });

  it('applies the ledger direction of each kind', () => {
    expect(problems({ ...spend, amountPence: 12_000 })).toEqual([
      { path: 'amountPence', rule: 'LEDGER_DIRECTION_INVALID' },
    ]);
    expect(
      problems({ ...spend, kind: 'ADJUSTMENT', amountPence: 0, spendCategory: undefined }),
    ).toEqual([{ path: 'amountPence', rule: 'LEDGER_DIRECTION_INVALID' }]);
  });

  it('needs a category for spend only, and refuses council payments and recoveries', () => {
    expect(problems({ ...spend, spendCategory: undefined })).toEqual([
      { path: 'spendCategory', rule: undefined },
    ]);
    expect(problems({ ...spend, kind: 'PAYMENT_IN', amountPence: 100 })[0]?.path).toBe('kind');
  });
});
