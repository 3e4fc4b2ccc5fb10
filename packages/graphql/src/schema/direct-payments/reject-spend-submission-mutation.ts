import { SpendRejectionReason } from '@openpb/domain/code-lists/spend-rejection-reason';
import { spendRejectionSchema } from '@openpb/domain/lifecycle/spend-submission-lifecycle';
import { builder } from '../../builder.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { SpendSubmissionRef } from '../third-party/spend-submission.ts';
import { spendSubmissionForDecision } from './spend-submission-for-decision.ts';

const RejectSpendSubmissionInput = builder.inputType('RejectSpendSubmissionInput', {
  fields: (t) => ({
    submissionId: t.id({ description: 'The SpendSubmission to decide.' }),
    reason: t.field({ type: codeEnum(SpendRejectionReason) }),
    note: t.string({
      required: false,
      description:
        'For the app and the person: 1 to 2000 characters; required when the reason is OTHER.',
    }),
  }),
});

builder.mutationField('rejectSpendSubmission', (t) =>
  t.field({
    type: SpendSubmissionRef,
    description:
      'A finance officer rejects spend a third-party app submitted (D98), with a reason from SpendRejectionReason (and a note, required for OTHER): nothing reaches the ledger and the submission becomes REJECTED — a final status. The app hears spend.rejected. A submission already decided is an InvalidStateError.',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: RejectSpendSubmissionInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, InvalidState, Forbidden],
      dataField: { name: 'submission' },
    },
    resolve: (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const rejection = parseInput(spendRejectionSchema, {
        reason: input.reason,
        note: input.note,
      });
      return writeTransaction(context, 'rejectSpendSubmission', async (tx, events) => {
        const staff = await actingStaff(tx, context);
        const { submission, status } = await spendSubmissionForDecision(
          tx,
          councilId,
          input.submissionId,
          'REJECT',
        );
        events.emit('spend.rejected', { id: submission.id, personId: submission.personId });
        return tx.spendSubmission.update({
          where: { councilId_id: { councilId, id: submission.id } },
          data: {
            status,
            decidedAt: context.now(),
            decidedById: staff.id,
            rejectionReason: rejection.reason,
            rejectionNote: rejection.note ?? null,
          },
        });
      });
    },
  }),
);
