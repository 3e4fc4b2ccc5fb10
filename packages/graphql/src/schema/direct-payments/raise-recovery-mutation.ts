import { RecoveryMethod } from '@openpb/domain/code-lists/recovery-method';
import { RecoveryReason } from '@openpb/domain/code-lists/recovery-reason';
import { raiseRecoveryInputSchema } from '@openpb/domain/entities/recovery';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { uuidV7 } from '../../events/event-collector.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { once } from '../../write-steps/idempotency.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { recoverableNow } from './recoverable-now.ts';
import { RecoveryRef } from './recovery.ts';
import { recoveryEventSubject, WITH_PERSON } from './recovery-event-subject.ts';

const RaiseRecoveryInput = builder.inputType('RaiseRecoveryInput', {
  fields: (t) => ({
    agreementId: t.id(),
    auditId: t.id({
      required: false,
      description: 'The audit of this agreement that found the surplus, if any.',
    }),
    reason: t.field({ type: codeEnum(RecoveryReason) }),
    method: t.field({ type: codeEnum(RecoveryMethod) }),
    amountPence: t.field({
      type: 'Pence',
      description: 'For SURPLUS, at most the recoverable amount (I-12).',
    }),
    idempotencyKey: t.string({
      description: 'Any unique string; a repeat with the same key returns the first result.',
    }),
  }),
});

builder.mutationField('raiseRecovery', (t) =>
  t.field({
    type: RecoveryRef,
    description:
      'Proposes recovering money from a direct payment account. A SURPLUS recovery may not exceed what is recoverable (the audit’s, or today’s with no audit) less recoveries already open (RECOVERY_EXCEEDS_RECOVERABLE).',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: RaiseRecoveryInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Conflict, Forbidden],
      dataField: { name: 'recovery' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const today = todayIn(context.now());
      return writeTransaction(context, 'raiseRecovery', async (tx, events) => {
        events.fromResult('recovery.raised', recoveryEventSubject);
        await actingStaff(tx, context);
        const agreement = await directPaymentRows.agreement(tx, councilId, input.agreementId, [
          'input',
          'agreementId',
        ]);
        const audit = input.auditId
          ? await directPaymentRows.audit(tx, councilId, input.auditId, ['input', 'auditId'])
          : null;
        if (audit && audit.agreementId !== agreement.id) {
          throw new NotFound('direct payment audit', ['input', 'auditId']);
        }
        const payload = { ...input, agreementId: agreement.id, auditId: audit?.id };
        const recoveryId = uuidV7();
        const { id } = await once(
          tx,
          {
            councilId,
            key: input.idempotencyKey,
            operation: 'raiseRecovery',
            payload,
            events,
            resultId: recoveryId,
          },
          async () => {
            const recoverable = await recoverableNow(tx, agreement, audit, today);
            const recovery = parseInput(raiseRecoveryInputSchema(recoverable), payload);
            await tx.recovery.create({
              data: {
                id: recoveryId,
                councilId,
                agreementId: agreement.id,
                auditId: audit?.id ?? null,
                reason: recovery.reason,
                method: recovery.method,
                status: 'PROPOSED',
                amountPence: recovery.amountPence,
                raisedDate: toDbDate(today),
              },
            });
          },
        );
        return tx.recovery.findUniqueOrThrow({ where: { id }, include: WITH_PERSON });
      });
    },
  }),
);
