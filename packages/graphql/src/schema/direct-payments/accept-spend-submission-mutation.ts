import { accountTransactionInputSchema } from '@openpb/domain/entities/account-transaction';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../builder.ts';
import { fromDbDate } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { SpendSubmissionRef } from '../third-party/spend-submission.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { postLedgerEntry } from './post-ledger-entry.ts';
import { requireActiveAgreement } from './require-active-agreement.ts';
import { spendSubmissionForDecision } from './spend-submission-for-decision.ts';

const AcceptSpendSubmissionInput = builder.inputType('AcceptSpendSubmissionInput', {
  fields: (t) => ({
    submissionId: t.id({ description: 'The SpendSubmission to decide.' }),
  }),
});

builder.mutationField('acceptSpendSubmission', (t) =>
  t.field({
    type: SpendSubmissionRef,
    description:
      'A finance officer accepts spend a third-party app submitted (D98): it is posted to the direct payment account ledger as a SPEND entry with its evidence and delegation (checked again by the ledger rules: the agreement must still be active), and the submission becomes ACCEPTED — a final status. The app hears spend.accepted. A submission already decided is an InvalidStateError.',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: AcceptSpendSubmissionInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Conflict, Forbidden],
      dataField: { name: 'submission' },
    },
    resolve: (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'acceptSpendSubmission', async (tx, events) => {
        const staff = await actingStaff(tx, context);
        const { submission, status } = await spendSubmissionForDecision(
          tx,
          councilId,
          input.submissionId,
          'ACCEPT',
        );
        const path = ['input', 'submissionId'];
        const agreementId = encodeGlobalID('DirectPaymentAgreement', submission.agreementId);
        const agreement = await directPaymentRows.agreement(tx, councilId, agreementId, path);
        // the agreement may have been suspended or ended since the app submitted the spend
        requireActiveAgreement(agreement, path);
        // the entry the app submitted, checked by the same domain rules as the council's own
        const entry = parseInput(
          accountTransactionInputSchema,
          {
            agreementId,
            kind: 'SPEND',
            postedDate: fromDbDate(submission.postedDate),
            amountPence: submission.amountPence,
            counterpartyName: submission.counterpartyName,
            counterpartyType: submission.counterpartyType,
            spendCategory: submission.spendCategory,
            matchedPlanLineId: submission.matchedPlanLineId
              ? encodeGlobalID('SupportPlanLine', submission.matchedPlanLineId)
              : undefined,
          },
          path,
        );
        const transaction = await postLedgerEntry(tx, {
          councilId,
          agreement,
          entry,
          idempotencyKey: `spend-submission:${submission.id}`,
          operation: 'acceptSpendSubmission',
          events,
          origin: { evidenceRef: submission.evidenceRef, delegationId: submission.delegationId },
        });
        const personId = submission.personId;
        events.emit('account_transaction.recorded', { id: transaction.id, personId });
        events.emit(
          'spend.accepted',
          { id: submission.id, personId },
          { transaction: encodeGlobalID('AccountTransaction', transaction.id) },
        );
        return tx.spendSubmission.update({
          where: { councilId_id: { councilId, id: submission.id } },
          data: {
            status,
            decidedAt: context.now(),
            decidedById: staff.id,
            transactionId: transaction.id,
          },
        });
      });
    },
  }),
);
