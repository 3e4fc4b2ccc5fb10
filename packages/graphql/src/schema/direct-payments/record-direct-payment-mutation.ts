import type { DirectPayment } from '@openpb/db/client';
import type { PaymentStatus } from '@openpb/domain/code-lists/payment-status';
import { directPaymentTransition } from '@openpb/domain/lifecycle/direct-payment-lifecycle';
import { checkLedgerEntry } from '@openpb/domain/rules/ledger';
import { builder } from '../../builder.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { uuidV7 } from '../../events/event-collector.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { actingStaffAlongside } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { once } from '../../write-steps/idempotency.ts';
import { sqlWriteTransaction } from '../../write-steps/write-transaction.ts';
import { tableOf } from '../model-table.ts';
import { DirectPaymentRef } from './direct-payment.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { requireActiveAgreement } from './require-active-agreement.ts';

const RecordDirectPaymentInput = builder.inputType('RecordDirectPaymentInput', {
  fields: (t) => ({
    paymentId: t.id({ description: 'A SCHEDULED payment.' }),
    paidDate: t.field({ type: 'Date', description: 'When the money reached the account.' }),
    idempotencyKey: t.string({
      description: 'Any unique string; a repeat with the same key returns the first result.',
    }),
  }),
});

builder.mutationField('recordDirectPayment', (t) =>
  t.field({
    type: DirectPaymentRef,
    description:
      'Records that a scheduled payment was made: marks it PAID and posts its PAYMENT_IN entry on the account ledger, together or not at all.',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: RecordDirectPaymentInput, required: true }) },
    errors: {
      types: [NotFound, RuleViolated, InvalidState, Conflict, Forbidden],
      dataField: { name: 'payment' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return sqlWriteTransaction(
        context,
        'recordDirectPayment',
        async (sql, events) => {
          const payment = await directPaymentRows.payment(
            sql,
            councilId,
            input.paymentId,
            ['input', 'paymentId'],
            actingStaffAlongside(context),
          );
          const payload = { ...input, paymentId: payment.id };
          // the payment as this call paid it; a repeat answers the locked row, which is the
          // payment as the first call with the key left it (a lock reads the latest version)
          let now: DirectPayment = payment;
          await once(
            sql,
            {
              councilId,
              key: input.idempotencyKey,
              operation: 'recordDirectPayment',
              payload,
              events,
              resultId: payment.id,
            },
            async () => {
              const paid = allowedOrInvalidState(
                directPaymentTransition(payment.status as PaymentStatus, 'PAY'),
                ['input', 'paymentId'],
              );
              requireActiveAgreement(payment.agreement);
              const entry = {
                kind: 'PAYMENT_IN' as const,
                amountPence: payment.netAmountPence,
                postedDate: input.paidDate,
              };
              enforce(checkLedgerEntry(entry), ['input', 'paymentId']);
              const [row] = await sql(
                PAY_SQL,
                [payment.id, paid.status, entry.postedDate],
                'record_direct_payment',
              );
              if (!row) throw new Error('The locked payment is gone');
              now = paymentTable.modelRow<DirectPayment>(row);
              await sql(
                LEDGER_ENTRY_SQL,
                [
                  uuidV7(),
                  councilId,
                  payment.agreementId,
                  entry.kind,
                  entry.postedDate,
                  entry.amountPence,
                  'Council direct payment',
                  'LA',
                  payment.id,
                ],
                'record_direct_payment_ledger',
              );
              // once per payment, not on a repeat; about the agreement's person, so that apps
              // they delegated READ_DP_LEDGER to hear of it (D93)
              events.emit('direct_payment.paid', {
                id: payment.id,
                personId: payment.agreement.personId,
              });
            },
          );
          return { ...now, agreement: payment.agreement };
        },
        'DirectPayment',
      );
    },
  }),
);

const paymentTable = tableOf('DirectPayment');
const PAY_SQL = `UPDATE direct_payment SET status = $2, paid_date = $3::date WHERE id = $1::uuid
  RETURNING ${paymentTable.selectText()}`;
const LEDGER_ENTRY_SQL = `INSERT INTO account_transaction (id, council_id, agreement_id, kind,
    posted_date, amount_pence, counterparty_name, counterparty_type, payment_id)
  VALUES ($1::uuid, $2::uuid, $3::uuid, $4, $5::date, $6, $7, $8, $9::uuid)`;
