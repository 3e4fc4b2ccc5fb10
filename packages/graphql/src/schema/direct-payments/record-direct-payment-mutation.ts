import type { PaymentStatus } from '@openpb/domain/code-lists/payment-status';
import { directPaymentTransition } from '@openpb/domain/lifecycle/direct-payment-lifecycle';
import { checkLedgerEntry } from '@openpb/domain/rules/ledger';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { once } from '../../write-steps/idempotency.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
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
      return writeTransaction(context, 'recordDirectPayment', async (tx, events) => {
        // about the agreement's person, so that apps they delegated READ_DP_LEDGER to hear of it (D93)
        events.fromResult(
          'direct_payment.paid',
          (paid: { id: string; agreement: { personId: string } }) => ({
            id: paid.id,
            personId: paid.agreement.personId,
          }),
        );
        await actingStaff(tx, context);
        const payment = await directPaymentRows.payment(tx, councilId, input.paymentId, [
          'input',
          'paymentId',
        ]);
        const payload = { ...input, paymentId: payment.id };
        await once(
          tx,
          { councilId, key: input.idempotencyKey, operation: 'recordDirectPayment', payload },
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
            await tx.directPayment.update({
              where: { id: payment.id },
              data: { status: paid.status, paidDate: toDbDate(input.paidDate) },
            });
            await tx.accountTransaction.create({
              data: {
                councilId,
                agreementId: payment.agreementId,
                kind: entry.kind,
                postedDate: toDbDate(entry.postedDate),
                amountPence: entry.amountPence,
                counterpartyName: 'Council direct payment',
                counterpartyType: 'LA',
                paymentId: payment.id,
              },
            });
            return payment.id;
          },
        );
        return tx.directPayment.findUniqueOrThrow({
          where: { id: payment.id },
          include: { agreement: { select: { personId: true } } },
        });
      });
    },
  }),
);
