import { CounterpartyType } from '@openpb/domain/code-lists/counterparty-type';
import { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import { TransactionFlag } from '@openpb/domain/code-lists/transaction-flag';
import { accountTransactionInputSchema } from '@openpb/domain/entities/account-transaction';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import type { EventSubject as EventRow } from '../../events/event-collector.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { AccountTransactionRef } from './account-transaction.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';

const RecordableLedgerKind = builder.enumType('RecordableLedgerKind', {
  description:
    'The ledger entries staff record directly; council payments and recoveries are posted by their own actions.',
  values: {
    CONTRIBUTION_IN: { description: 'The person’s contribution paid into the account (positive).' },
    SPEND: { description: 'Money spent from the account (negative).' },
    ADJUSTMENT: { description: 'A correction either way (never zero).' },
  } as const,
});

const RecordAccountTransactionInput = builder.inputType('RecordAccountTransactionInput', {
  fields: (t) => ({
    agreementId: t.id(),
    kind: t.field({ type: RecordableLedgerKind }),
    postedDate: t.field({ type: 'Date' }),
    amountPence: t.field({
      type: 'Pence',
      description: 'Signed from the account’s point of view: positive in, negative out.',
    }),
    counterpartyName: t.string({ description: 'Who was paid or who paid in (a business name).' }),
    counterpartyType: t.field({ type: codeEnum(CounterpartyType) }),
    spendCategory: t.field({
      type: codeEnum(DpSpendCategory),
      required: false,
      description: 'Required for SPEND, absent otherwise.',
    }),
    flag: t.field({ type: codeEnum(TransactionFlag), required: false }),
    matchedPlanLineId: t.id({
      required: false,
      description: 'The line of the person’s support plan this spend meets.',
    }),
    idempotencyKey: t.string({
      description: 'Any unique string; a repeat with the same key returns the first result.',
    }),
  }),
});

builder.mutationField('recordAccountTransaction', (t) =>
  t.field({
    type: AccountTransactionRef,
    description:
      'Posts a contribution, a spend or an adjustment on a direct payment account ledger, with the sign its kind requires (LEDGER_DIRECTION_INVALID otherwise).',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: RecordAccountTransactionInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Conflict, Forbidden],
      dataField: { name: 'transaction' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const entry = parseInput(accountTransactionInputSchema, input);
      return writeTransaction(context, 'recordAccountTransaction', async (tx, events) => {
        await actingStaff(tx, context);
        const agreement = await directPaymentRows.agreement(tx, councilId, input.agreementId, [
          'input',
          'agreementId',
        ]);
        events.fromResult('account_transaction.recorded', (r: EventRow) => ({
          id: r.id,
          personId: agreement.personId,
        }));
        return postLedgerEntry(tx, {
          councilId,
          agreement,
          entry,
          idempotencyKey: input.idempotencyKey,
          operation: 'recordAccountTransaction',
          events,
        });
      });
    },
  }),
);
