import type { RecoveryMethod } from '@openpb/domain/code-lists/recovery-method';
import type { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import { compareDates } from '@openpb/domain/dates';
import { recoveryTransition } from '@openpb/domain/lifecycle/recovery-lifecycle';
import { checkLedgerEntry } from '@openpb/domain/rules/ledger';
import { checkCardSweepNotice } from '@openpb/domain/rules/surplus-recovery';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { allowedOrInvalidState } from '../../write-steps/apply-transition.ts';
import { once } from '../../write-steps/idempotency.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { RecoveryRef } from './recovery.ts';
import { recoveryEventSubject, WITH_PERSON } from './recovery-event-subject.ts';

const CompleteRecoveryInput = builder.inputType('CompleteRecoveryInput', {
  fields: (t) => ({
    recoveryId: t.id(),
    recoveredDate: t.field({ type: 'Date', description: 'When the money left the account.' }),
    idempotencyKey: t.string({
      description: 'Any unique string; a repeat with the same key returns the first result.',
    }),
  }),
});

builder.mutationField('completeRecovery', (t) =>
  t.field({
    type: RecoveryRef,
    description:
      'Records that the money was recovered: posts the RECOVERY entry on the account ledger and marks the recovery RECOVERED. A card sweep needs the person told first (CARD_SWEEP_NOT_NOTIFIED).',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: CompleteRecoveryInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Conflict, Forbidden],
      dataField: { name: 'recovery' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const today = todayIn(context.now());
      if (compareDates(input.recoveredDate, today) > 0) {
        throw new ValidationFailed([
          { path: ['recoveredDate'], message: 'Cannot be after today', code: 'TOO_BIG' },
        ]);
      }
      return writeTransaction(context, 'completeRecovery', async (tx, events) => {
        events.fromResult('recovery.completed', recoveryEventSubject);
        await actingStaff(tx, context);
        const recovery = await directPaymentRows.recovery(tx, councilId, input.recoveryId, [
          'input',
          'recoveryId',
        ]);
        const payload = { ...input, recoveryId: recovery.id };
        await once(
          tx,
          {
            councilId,
            key: input.idempotencyKey,
            operation: 'completeRecovery',
            payload,
            events,
            resultId: recovery.id,
          },
          async () => {
            const recovered = allowedOrInvalidState(
              recoveryTransition(recovery.status as RecoveryStatus, 'COMPLETE'),
              ['input', 'recoveryId'],
            );
            const notice = checkCardSweepNotice({
              method: recovery.method as RecoveryMethod,
              notifiedDate: recovery.notifiedDate ? fromDbDate(recovery.notifiedDate) : null,
              recoveryDate: input.recoveredDate,
            });
            enforce(
              notice.map((problem) => ({ ...problem, path: [] })),
              ['input', 'recoveryId'],
            );
            const entry = {
              kind: 'RECOVERY' as const,
              amountPence: -(recovery.amountPence - recovery.recoveredPence),
              postedDate: input.recoveredDate,
            };
            enforce(checkLedgerEntry(entry), ['input', 'recoveryId']);
            await tx.accountTransaction.create({
              data: {
                councilId,
                agreementId: recovery.agreementId,
                kind: entry.kind,
                postedDate: toDbDate(entry.postedDate),
                amountPence: entry.amountPence,
                counterpartyName: 'Council recovery',
                counterpartyType: 'LA',
                spendCategory: null,
                recoveryId: recovery.id,
              },
            });
            await tx.recovery.update({
              where: { id: recovery.id },
              data: { status: recovered.status, recoveredPence: recovery.amountPence },
            });
          },
        );
        return tx.recovery.findUniqueOrThrow({ where: { id: recovery.id }, include: WITH_PERSON });
      });
    },
  }),
);
