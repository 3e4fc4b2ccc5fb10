import { CounterpartyType } from '@openpb/domain/code-lists/counterparty-type';
import { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import { evidencedSpendInputSchema } from '@openpb/domain/entities/account-transaction';
import { actingFor } from '../../access/acting-for.ts';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import { Conflict } from '../../errors/conflict.ts';
import { Forbidden } from '../../errors/forbidden.ts';
import { InvalidState } from '../../errors/invalid-state.ts';
import { NotFound } from '../../errors/not-found.ts';
import { RuleViolated } from '../../errors/rule-violated.ts';
import { parseInput, ValidationFailed } from '../../errors/validation-failed.ts';
import { uuidV7 } from '../../events/event-collector.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { once } from '../../write-steps/idempotency.ts';
import { writeTransaction } from '../../write-steps/write-transaction.ts';
import { codeEnum } from '../code-lists.ts';
import { directPaymentRows, idOfType } from '../direct-payments/direct-payment-rows.ts';
import { planLineOfPerson } from '../direct-payments/plan-line-of-person.ts';
import { requireActiveAgreement } from '../direct-payments/require-active-agreement.ts';
import { SpendSubmissionRef } from './spend-submission.ts';

const SubmitSpendInput = builder.inputType('SubmitSpendInput', {
  fields: (t) => ({
    agreementId: t.id({
      description: 'The direct payment agreement of a person who delegates to you.',
    }),
    postedDate: t.field({ type: 'Date' }),
    amountPence: t.field({
      type: 'Pence',
      description: 'Signed like the ledger: spend is money out of the account, so negative.',
    }),
    counterpartyName: t.string({ description: 'Who was paid (a business name).' }),
    counterpartyType: t.field({ type: codeEnum(CounterpartyType) }),
    spendCategory: t.field({ type: codeEnum(DpSpendCategory) }),
    matchedPlanLineId: t.id({
      required: false,
      description: 'The line of the person’s support plan this spend meets.',
    }),
    evidenceRef: t.string({ description: 'The reference of the receipt or invoice.' }),
    idempotencyKey: t.string({
      description: 'Any unique string; a repeat with the same key returns the first result.',
    }),
  }),
});

builder.mutationField('submitSpend', (t) =>
  t.field({
    type: SpendSubmissionRef,
    description:
      'For a third-party app with SUBMIT_EVIDENCE (or MANAGE_DP_ACCOUNT): submits spend from the direct payment account of a person who delegates to you, with the reference of its receipt or invoice, for the council’s review (D98). Checked like the council’s own ledger entries; it is SUBMITTED, and reaches the ledger only when a finance officer accepts it (spend.accepted) — or is rejected with a reason (spend.rejected). Contributions, adjustments, payments and recoveries stay with the council.',
    authScopes: { thirdParty: true },
    args: { input: t.arg({ type: SubmitSpendInput, required: true }) },
    errors: {
      types: [ValidationFailed, NotFound, RuleViolated, InvalidState, Conflict, Forbidden],
      dataField: { name: 'spend' },
    },
    resolve: (_root, { input }, context) => {
      const councilId = context.viewer.councilId;
      const path = ['input', 'agreementId'];
      return writeTransaction(context, 'submitSpend', async (tx, events) => {
        const owner = await tx.directPaymentAgreement.findFirst({
          where: tenantRowWhere(idOfType(input.agreementId, 'DirectPaymentAgreement'), councilId),
          select: { personId: true },
        });
        const acting = await actingFor(tx, context, owner?.personId ?? null, {
          field: 'Mutation.submitSpend',
          scopes: ['SUBMIT_EVIDENCE', 'MANAGE_DP_ACCOUNT'],
          notFound: new NotFound('direct payment agreement', path),
        });
        const { evidenceRef, ...entry } = parseInput(evidencedSpendInputSchema, {
          ...input,
          kind: 'SPEND',
        });
        const agreement = await directPaymentRows.agreement(tx, councilId, input.agreementId, path);
        const submissionId = uuidV7();
        const { id } = await once(
          tx,
          {
            councilId,
            // an app's keys are its own: they never meet the council's or another app's
            key: `${context.viewer.subject}:${input.idempotencyKey}`,
            operation: 'submitSpendForReview',
            payload: {
              ...entry,
              agreementId: agreement.id,
              evidenceRef,
              delegationId: acting.delegationId,
            },
            resultId: submissionId,
            events,
          },
          async () => {
            // refused now rather than at review: money moves only on an active agreement
            requireActiveAgreement(agreement);
            const matchedPlanLineId = entry.matchedPlanLineId
              ? await planLineOfPerson(tx, councilId, agreement.personId, entry.matchedPlanLineId)
              : null;
            await tx.spendSubmission.create({
              data: {
                id: submissionId,
                councilId,
                agreementId: agreement.id,
                personId: agreement.personId,
                delegationId: acting.delegationId,
                organisationId: acting.organisationId,
                postedDate: toDbDate(entry.postedDate),
                amountPence: entry.amountPence,
                counterpartyName: entry.counterpartyName,
                counterpartyType: entry.counterpartyType,
                spendCategory: input.spendCategory,
                matchedPlanLineId,
                evidenceRef,
                submittedAt: context.now(),
              },
            });
            // once per submission: a repeat with the same key records no second event
            events.emit('spend.submitted', { id: submissionId, personId: agreement.personId });
          },
        );
        return tx.spendSubmission.findUniqueOrThrow({
          where: { councilId_id: { councilId, id } },
        });
      });
    },
  }),
);
