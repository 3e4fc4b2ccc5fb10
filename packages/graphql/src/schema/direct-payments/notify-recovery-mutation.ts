import type { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import { compareDates } from '@openpb/domain/dates';
import { recoveryTransition } from '@openpb/domain/lifecycle/recovery-lifecycle';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { RecoveryRef } from './recovery.ts';
import { recoveryEventSubject, WITH_PERSON } from './recovery-event-subject.ts';

const NotifyRecoveryInput = builder.inputType('NotifyRecoveryInput', {
  fields: (t) => ({
    recoveryId: t.id({ description: 'A PROPOSED recovery.' }),
    notifiedDate: t.field({
      type: 'Date',
      description: 'When the person was told; between the day it was raised and today.',
    }),
  }),
});

builder.mutationField('notifyRecovery', (t) =>
  t.field({
    type: RecoveryRef,
    description:
      'Records that the person was told about a proposed recovery (status NOTIFIED). A card sweep can be completed only after this (I-12).',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: NotifyRecoveryInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, InvalidState, Forbidden],
      dataField: { name: 'recovery' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const today = todayIn(context.now());
      return writeTransaction(context, 'notifyRecovery', async (tx, events) => {
        events.fromResult('recovery.notified', recoveryEventSubject);
        await actingStaff(tx, context);
        const recovery = await directPaymentRows.recovery(tx, councilId, input.recoveryId, [
          'input',
          'recoveryId',
        ]);
        const notified = allowedOrInvalidState(
          recoveryTransition(recovery.status as RecoveryStatus, 'NOTIFY'),
          ['input', 'recoveryId'],
        );
        if (
          compareDates(input.notifiedDate, fromDbDate(recovery.raisedDate)) < 0 ||
          compareDates(input.notifiedDate, today) > 0
        ) {
          throw new ValidationFailed([
            {
              path: ['notifiedDate'],
              message: 'The notice date must be between the day the recovery was raised and today',
              code: 'OUT_OF_RANGE',
            },
          ]);
        }
        return tx.recovery.update({
          where: { id: recovery.id },
          include: WITH_PERSON,
          data: { status: notified.status, notifiedDate: toDbDate(input.notifiedDate) },
        });
      });
    },
  }),
);
