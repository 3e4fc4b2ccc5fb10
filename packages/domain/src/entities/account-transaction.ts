/**
 * An entry on a direct payment account ledger recorded by the council (domain.md §6.2
 * AccountTransaction; ledger rules in `rules/ledger.ts`). Council payments and recoveries are
 * posted by their own actions; this input covers contributions, spend and adjustments.
 */
import { z } from 'zod';
import { CounterpartyType } from '../code-lists/counterparty-type.ts';
import { DpSpendCategory } from '../code-lists/dp-spend-category.ts';
import { TransactionFlag } from '../code-lists/transaction-flag.ts';
import { checkLedgerEntry } from '../rules/ledger.ts';
import {
  addViolations,
  codeSchema,
  idSchema,
  isoDateSchema,
  signedPenceSchema,
  textSchema,
} from './field-schemas.ts';

/** The kinds of entry a member of staff records directly. */
export const RECORDABLE_LEDGER_KINDS = ['CONTRIBUTION_IN', 'SPEND', 'ADJUSTMENT'] as const;

export const accountTransactionInputSchema = z
  .object({
    agreementId: idSchema,
    kind: z.enum(RECORDABLE_LEDGER_KINDS, {
      error: 'Record a contribution, a spend or an adjustment',
    }),
    postedDate: isoDateSchema,
    amountPence: signedPenceSchema,
    counterpartyName: textSchema(200),
    counterpartyType: codeSchema(CounterpartyType),
    spendCategory: codeSchema(DpSpendCategory).optional(),
    flag: codeSchema(TransactionFlag).optional(),
    matchedPlanLineId: idSchema.optional(),
  })
  .superRefine((entry, context) => {
    addViolations(context, checkLedgerEntry(entry));
    if (entry.kind === 'SPEND' && entry.spendCategory === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'Say what the money was spent on',
        path: ['spendCategory'],
      });
    }
    if (entry.kind !== 'SPEND' && entry.spendCategory !== undefined) {
      context.addIssue({
        code: 'custom',
        message: 'Only spend has a spend category',
        path: ['spendCategory'],
      });
    }
  });

export type AccountTransactionInput = z.output<typeof accountTransactionInputSchema>;

/**
 * Spend a third-party app submits for the person (SUBMIT_EVIDENCE or MANAGE_DP_ACCOUNT): a SPEND
 * entry, checked like the council's, with the reference of the receipt or invoice that evidences it.
 */
export const evidencedSpendInputSchema = z.intersection(
  accountTransactionInputSchema,
  z.object({ evidenceRef: textSchema(100) }),
);

export type EvidencedSpendInput = z.output<typeof evidencedSpendInputSchema>;
