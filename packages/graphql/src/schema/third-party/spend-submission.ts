import { CounterpartyType } from '@openpb/domain/code-lists/counterparty-type';
import { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import { SpendRejectionReason } from '@openpb/domain/code-lists/spend-rejection-reason';
import { SpendSubmissionStatus } from '@openpb/domain/code-lists/spend-submission-status';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import type { GraphQLContext } from '../../context.ts';
import { databaseId } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

/**
 * Type-level rule of a submission (D98): the council's staff; a third-party app, only what its own
 * organisation submitted, and only while a delegation from the person to it is in force.
 */
function submissionReadable(
  submission: { organisationId: string; personId: string },
  context: GraphQLContext,
) {
  const organisationId = context.viewer.organisationId;
  if (organisationId === undefined) return STAFF_ONLY;
  if (submission.organisationId !== organisationId) return false;
  return { delegated: { personId: submission.personId } };
}

/**
 * Spend a third-party app submitted from a person's direct payment account, held for the
 * council's review (D98): it reaches the ledger only when a finance officer accepts it.
 */
export const SpendSubmissionRef = builder.prismaNode('SpendSubmission', {
  authScopes: submissionReadable,
  description:
    'Spend a third-party app submitted from a person’s direct payment account, with its evidence: SUBMITTED until a council finance officer accepts it (it is then posted to the ledger, transactionId) or rejects it with a reason. The app that submitted it may read it while its delegation is in force.',
  // keyed (council_id, id) for distribution by council (D86); the global id holds the id alone
  id: { resolve: (submission) => submission.id },
  nullable: true,
  findUnique: (id, context) => ({
    councilId_id: { councilId: context.viewer.councilId, id: databaseId(id) },
  }),
  fields: (t) => ({
    status: t.expose('status', { type: codeEnum(SpendSubmissionStatus) }),
    // ids, not records: the app may read the submission without READ_DP_LEDGER or READ_PLAN
    agreementId: t.globalID({
      description: 'The DirectPaymentAgreement of the account the spend was made from.',
      resolve: (submission) => ({ type: 'DirectPaymentAgreement', id: submission.agreementId }),
    }),
    postedDate: t.expose('postedDate', { type: 'Date' }),
    amountPence: t.expose('amountPence', {
      type: 'Pence',
      description: 'Negative: money out of the account.',
    }),
    counterpartyName: t.exposeString('counterpartyName'),
    counterpartyType: t.expose('counterpartyType', { type: codeEnum(CounterpartyType) }),
    spendCategory: t.expose('spendCategory', { type: codeEnum(DpSpendCategory) }),
    matchedPlanLineId: t.globalID({
      nullable: true,
      description: 'The SupportPlanLine the app says this spend meets, if it said.',
      resolve: (submission) =>
        submission.matchedPlanLineId
          ? { type: 'SupportPlanLine', id: submission.matchedPlanLineId }
          : null,
    }),
    evidenceRef: t.exposeString('evidenceRef', {
      description: 'The reference of the receipt or invoice that evidences the spend.',
    }),
    submittedAt: t.expose('submittedAt', { type: 'DateTime' }),
    delegationId: t.globalID({
      description: 'The Delegation under which the app submitted it.',
      resolve: (submission) => ({ type: 'Delegation', id: submission.delegationId }),
    }),
    submittedBy: t.string({
      description: 'The name of the organisation whose app submitted it.',
      select: { organisation: { select: { name: true } } },
      resolve: (submission) => submission.organisation.name,
    }),
    decidedAt: t.expose('decidedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When a finance officer accepted or rejected it; null while it awaits review.',
    }),
    rejectionReason: t.expose('rejectionReason', {
      type: codeEnum(SpendRejectionReason),
      nullable: true,
      description: 'Why it was rejected; null unless it is REJECTED.',
    }),
    rejectionNote: t.exposeString('rejectionNote', {
      nullable: true,
      description: 'The finance officer’s note on the rejection, for the app and the person.',
    }),
    transactionId: t.globalID({
      nullable: true,
      description:
        'The AccountTransaction posted when it was accepted (an id only: the ledger needs READ_DP_LEDGER); null otherwise.',
      resolve: (submission) =>
        submission.transactionId
          ? { type: 'AccountTransaction', id: submission.transactionId }
          : null,
    }),
  }),
});
