import type { PaymentBasis } from '@openpb/domain/code-lists/payment-basis';
import type { PaymentFrequency } from '@openpb/domain/code-lists/payment-frequency';
import { compareDates } from '@openpb/domain/dates';
import { directPaymentSchedule } from '@openpb/domain/direct-payment-schedule';
import { checkNetPayment } from '@openpb/domain/rules/net-payment';
import { atPath } from '@openpb/domain/rules/rule-violation';
import { builder } from '../../builder.ts';
import { fromDbDate, toDbDate } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { enforce, RuleViolated } from '../../errors/rule-violated.ts';
import { ValidationFailed } from '../../errors/validation-failed.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { once } from '../../write-steps/idempotency.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { annualDirectPaymentAmounts } from './agreement-amounts.ts';
import { DirectPaymentAgreementRef } from './direct-payment-agreement.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { requireActiveAgreement } from './require-active-agreement.ts';

const ScheduleDirectPaymentsInput = builder.inputType('ScheduleDirectPaymentsInput', {
  fields: (t) => ({
    agreementId: t.id(),
    firstPeriodStart: t.field({
      type: 'Date',
      description:
        'The first day of the year of payments to schedule (e.g. the agreement start or 1 April); the year has the agreement’s number of payments (13 four-weekly).',
    }),
    idempotencyKey: t.string({
      description: 'Any unique string; a repeat with the same key returns the first result.',
    }),
  }),
});

builder.mutationField('scheduleDirectPayments', (t) =>
  t.field({
    type: DirectPaymentAgreementRef,
    description:
      'Schedules a year of payments for an active agreement: they sum exactly to the annual direct payment, net of the person’s contribution on a NET basis (I-9). A period already scheduled is refused.',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: ScheduleDirectPaymentsInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Conflict, Forbidden],
      dataField: { name: 'agreement' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      return writeTransaction(context, 'scheduleDirectPayments', async (tx, events) => {
        events.fromResult('direct_payment.scheduled');
        await actingStaff(tx, context);
        const agreement = await directPaymentRows.agreement(tx, councilId, input.agreementId, [
          'input',
          'agreementId',
        ]);
        const payload = { ...input, agreementId: agreement.id };
        await once(
          tx,
          {
            councilId,
            key: input.idempotencyKey,
            operation: 'scheduleDirectPayments',
            payload,
            events,
            resultId: agreement.id,
          },
          async () => {
            requireActiveAgreement(agreement);
            if (compareDates(input.firstPeriodStart, fromDbDate(agreement.startDate)) < 0) {
              throw new ValidationFailed([
                {
                  path: ['firstPeriodStart'],
                  message: 'Payments cannot start before the agreement',
                  code: 'TOO_SMALL',
                },
              ]);
            }
            const deployment = await tx.budgetDeployment.findUniqueOrThrow({
              where: { id: agreement.deploymentId },
              include: { budget: true },
            });
            const paymentBasis = agreement.paymentBasis as PaymentBasis;
            const schedule = directPaymentSchedule({
              ...annualDirectPaymentAmounts(deployment, deployment.budget),
              paymentBasis,
              paymentFrequency: agreement.paymentFrequency as PaymentFrequency,
              firstPeriodStart: input.firstPeriodStart,
            });
            enforce(
              schedule.flatMap((payment, index) =>
                atPath(['payments', index], checkNetPayment({ ...payment, paymentBasis })),
              ),
            );
            if (schedule.every((payment) => payment.netAmountPence === 0)) {
              throw new InvalidState(
                'The person’s contribution covers the whole direct payment: nothing is paid',
                ['input', 'agreementId'],
              );
            }
            const last = schedule.at(-1);
            const overlapping = await tx.directPayment.count({
              where: {
                agreementId: agreement.id,
                status: { not: 'CANCELLED' },
                periodStart: { lte: toDbDate(last?.periodEnd ?? input.firstPeriodStart) },
                periodEnd: { gte: toDbDate(input.firstPeriodStart) },
              },
            });
            if (overlapping > 0) {
              throw new Conflict('DUPLICATE', 'Payments are already scheduled for this period', [
                'input',
                'firstPeriodStart',
              ]);
            }
            const { _max } = await tx.directPayment.aggregate({
              where: { agreementId: agreement.id },
              _max: { sequence: true },
            });
            const firstSequence = (_max.sequence ?? 0) + 1;
            await tx.directPayment.createMany({
              data: schedule.map((payment, index) => ({
                councilId,
                agreementId: agreement.id,
                kind: 'REGULAR',
                sequence: firstSequence + index,
                periodStart: toDbDate(payment.periodStart),
                periodEnd: toDbDate(payment.periodEnd),
                grossAmountPence: payment.grossAmountPence,
                contributionDeductedPence: payment.contributionDeductedPence,
                netAmountPence: payment.netAmountPence,
                dueDate: toDbDate(payment.dueDate),
                status: 'SCHEDULED',
              })),
            });
          },
        );
        return agreement;
      });
    },
  }),
);
