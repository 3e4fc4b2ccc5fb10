import { AuditOutcome } from '@openpb/domain/code-lists/audit-outcome';
import { periodCostPence } from '@openpb/domain/cost-frequency';
import { compareDates } from '@openpb/domain/dates';
import { directPaymentAuditInputSchema } from '@openpb/domain/entities/direct-payment-audit';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import type { EventSubject as EventRow } from '../../events/event-collector.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';
import { actingStaff } from '../../write-steps/acting-staff.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { AuditFindingInput } from './audit-finding.ts';
import { DirectPaymentAuditRef } from './direct-payment-audit.ts';
import { directPaymentRows } from './direct-payment-rows.ts';
import { ledgerTotals, paidInPence, paidOutPence } from './ledger-totals.ts';
import { surplusPosition } from './surplus-position.ts';

const CompleteAuditInput = builder.inputType('CompleteAuditInput', {
  fields: (t) => ({
    agreementId: t.id(),
    periodStart: t.field({ type: 'Date' }),
    periodEnd: t.field({ type: 'Date', description: 'Inclusive; not after today.' }),
    findings: t.field({ type: [AuditFindingInput], required: false }),
    outcome: t.field({ type: codeEnum(AuditOutcome) }),
    outstandingLiabilitiesPence: t.field({
      type: 'Pence',
      required: false,
      description:
        'Money already owed from the account at the period end (wages due, invoices); default 0.',
    }),
  }),
});

builder.mutationField('completeAudit', (t) =>
  t.field({
    type: DirectPaymentAuditRef,
    description:
      'Completes an audit of a direct payment account for a period: balances, money in and spend are summed from the ledger, expected spend from the agreement, and the surplus, contingency allowance and recoverable amount follow I-12. You are recorded as the auditor.',
    authScopes: { anyRole: MONEY_ROLES },
    args: { input: t.arg({ type: CompleteAuditInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, Conflict, Forbidden],
      dataField: { name: 'audit' },
    },
    resolve: async (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const today = todayIn(context.now());
      const audit = parseInput(directPaymentAuditInputSchema, input);
      if (compareDates(audit.periodEnd, today) > 0) {
        throw new ValidationFailed([
          {
            path: ['periodEnd'],
            message: 'An audit period cannot end after today',
            code: 'TOO_BIG',
          },
        ]);
      }
      return writeTransaction(context, 'completeAudit', async (tx, events) => {
        const auditor = await actingStaff(tx, context);
        const agreement = await directPaymentRows.agreement(tx, councilId, input.agreementId, [
          'input',
          'agreementId',
        ]);
        const overlapping = await tx.directPaymentAudit.count({
          where: {
            agreementId: agreement.id,
            periodStart: { lte: toDbDate(audit.periodEnd) },
            periodEnd: { gte: toDbDate(audit.periodStart) },
          },
        });
        if (overlapping > 0) {
          throw new Conflict('DUPLICATE', 'This period overlaps an audit already completed', [
            'input',
            'periodStart',
          ]);
        }
        const where = { councilId, agreementId: agreement.id };
        const totals = await ledgerTotals(tx, where, audit.periodStart, audit.periodEnd);
        const position = surplusPosition(
          agreement,
          totals.closingBalancePence,
          audit.outstandingLiabilitiesPence,
        );
        events.fromResult('direct_payment_audit.completed', (r: EventRow) => ({
          id: r.id,
          personId: agreement.personId,
        }));
        return tx.directPaymentAudit.create({
          data: {
            councilId,
            agreementId: agreement.id,
            periodStart: toDbDate(audit.periodStart),
            periodEnd: toDbDate(audit.periodEnd),
            openingBalancePence: totals.openingBalancePence,
            paidInLaPence: paidInPence(totals, 'PAYMENT_IN'),
            paidInClientPence: paidInPence(totals, 'CONTRIBUTION_IN'),
            spentPence: paidOutPence(totals, 'SPEND'),
            closingBalancePence: totals.closingBalancePence,
            expectedSpendPence: periodCostPence(
              agreement.weeklyGrossPence,
              audit.periodStart,
              audit.periodEnd,
            ),
            ...position,
            findings: audit.findings.map((finding) => ({
              code: finding.code,
              detail: finding.detail,
              amountPence: finding.amountPence ?? null,
            })),
            outcome: audit.outcome,
            auditorId: auditor.id,
            completedDate: toDbDate(today),
          },
        });
      });
    },
  }),
);
