import type { Prisma } from '@openpb/db/client';
import { ContributionFrequency } from '@openpb/domain/code-lists/contribution-frequency';
import { DirectPaymentAgreementStatus } from '@openpb/domain/code-lists/direct-payment-agreement-status';
import { DirectPaymentTerminationReason } from '@openpb/domain/code-lists/direct-payment-termination-reason';
import { DpAccountType } from '@openpb/domain/code-lists/dp-account-type';
import { DpLegalBasis } from '@openpb/domain/code-lists/dp-legal-basis';
import { PaymentBasis } from '@openpb/domain/code-lists/payment-basis';
import { PaymentFrequency } from '@openpb/domain/code-lists/payment-frequency';
import { RecipientType } from '@openpb/domain/code-lists/recipient-type';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { staffOrDelegated } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { listsChildren, RELATED_RECORD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { codeEnum } from '../code-lists.ts';
import { AccountTransactionRef } from './account-transaction.ts';
import { agreementContingencyAllowancePence, weeklyNetDpPence } from './agreement-amounts.ts';
import { DirectPaymentRef } from './direct-payment.ts';
import { DirectPaymentAuditRef } from './direct-payment-audit.ts';
import { PaEmploymentRef } from './pa-employment.ts';
import { RecoveryRef } from './recovery.ts';

/** An agreement’s payments, in schedule order. */
const AGREEMENT_PAYMENTS: ChildRelation<Prisma.DirectPaymentGetPayload<object>> = {
  model: 'DirectPayment',
  parentField: 'agreementId',
  orderBy: [
    ['sequence', 'ASC'],
    ['id', 'ASC'],
  ],
};
const agreementPaymentsPages = prismaConnectionHelpers(builder, 'DirectPayment', { cursor: 'id' });

/** An agreement’s audits, latest period first. */
const AGREEMENT_AUDITS: ChildRelation<Prisma.DirectPaymentAuditGetPayload<object>> = {
  model: 'DirectPaymentAudit',
  parentField: 'agreementId',
  orderBy: [
    ['periodEnd', 'DESC'],
    ['id', 'DESC'],
  ],
};
const agreementAuditsPages = prismaConnectionHelpers(builder, 'DirectPaymentAudit', {
  cursor: 'id',
});

/** An agreement’s recoveries, newest first. */
const AGREEMENT_RECOVERIES: ChildRelation<Prisma.RecoveryGetPayload<object>> = {
  model: 'Recovery',
  parentField: 'agreementId',
  orderBy: [
    ['raisedDate', 'DESC'],
    ['id', 'DESC'],
  ],
};
const agreementRecoveriesPages = prismaConnectionHelpers(builder, 'Recovery', { cursor: 'id' });

/** The workers an agreement pays, in id order. */
const AGREEMENT_PA_EMPLOYMENTS: ChildRelation<Prisma.PaEmploymentGetPayload<object>> = {
  model: 'PaEmployment',
  parentField: 'agreementId',
  orderBy: [['id', 'ASC']],
};
const agreementPaEmploymentsPages = prismaConnectionHelpers(builder, 'PaEmployment', {
  cursor: 'id',
});

/** Cursors and pages of `transactions`, as `relatedConnection` made them (cursor: the id). */
const transactionConnection = prismaConnectionHelpers(builder, 'AccountTransaction', {
  cursor: 'id',
});

/** An agreement's ledger, newest first. */
export const LEDGER_ENTRIES: ChildRelation<Prisma.AccountTransactionGetPayload<object>> = {
  model: 'AccountTransaction',
  parentField: 'agreementId',
  orderBy: [
    ['postedDate', 'DESC'],
    ['id', 'DESC'],
  ],
};

const weeklyAmounts = {
  paymentBasis: true,
  weeklyGrossPence: true,
  weeklyContributionPence: true,
  contingencyWeeksHundredths: true,
} as const;

export const DirectPaymentAgreementRef = builder.prismaNode('DirectPaymentAgreement', {
  authScopes: staffOrDelegated('READ_DP_LEDGER'),
  description:
    'The written direct payment agreement (Care Act 2014 s31–33): who receives the money, into which account, net or gross of the person’s contribution, how often, and when it is first reviewed.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person', { extensions: resolversOnly(RELATED_RECORD) }),
    deployment: t.relation('deployment', {
      extensions: resolversOnly(RELATED_RECORD),
      description: 'The direct payment part of the personal budget this agreement pays.',
    }),
    recipientType: t.expose('recipientType', {
      type: codeEnum(RecipientType),
    }),
    hasRepresentative: t.boolean({
      description: 'Whether a nominated (s31) or authorised (s32) person receives the payment.',
      select: { representativeId: true },
      resolve: (agreement) => agreement.representativeId !== null,
    }),
    legalBasis: t.expose('legalBasis', {
      type: codeEnum(DpLegalBasis),
    }),
    accountType: t.expose('accountType', {
      type: codeEnum(DpAccountType),
    }),
    maskedAccountRef: t.exposeString('accountRef', {
      description: 'The account or card reference with all but the last four characters masked.',
    }),
    paymentBasis: t.expose('paymentBasis', {
      type: codeEnum(PaymentBasis),
    }),
    paymentFrequency: t.expose('paymentFrequency', {
      type: codeEnum(PaymentFrequency),
    }),
    contributionFrequency: t.expose('contributionFrequency', {
      type: codeEnum(ContributionFrequency),
      description: 'How often the person pays their contribution into the account.',
    }),
    weeklyGrossPence: t.expose('weeklyGrossPence', {
      type: 'Pence',
      description: 'The direct payment part of the budget over 52 weeks.',
    }),
    weeklyContributionPence: t.expose('weeklyContributionPence', {
      type: 'Pence',
      description: 'The person’s assessed weekly contribution taken against the direct payment.',
    }),
    weeklyNetPence: t.field({
      type: 'Pence',
      description: 'What the council pays a week: gross less contribution on a NET basis (I-9).',
      select: weeklyAmounts,
      resolve: (agreement) => weeklyNetDpPence(agreement),
    }),
    contingencyWeeks: t.float({
      description: 'Weeks of net payment the person may hold before a surplus is recoverable.',
      select: { contingencyWeeksHundredths: true },
      resolve: (agreement) => agreement.contingencyWeeksHundredths / 100,
    }),
    contingencyAllowancePence: t.field({
      type: 'Pence',
      description: 'Weekly net payment × contingency weeks (I-12).',
      select: weeklyAmounts,
      resolve: (agreement) => agreementContingencyAllowancePence(agreement),
    }),
    signedDate: t.expose('signedDate', { type: 'Date' }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    status: t.expose('status', {
      type: codeEnum(DirectPaymentAgreementStatus),
    }),
    terminationReason: t.expose('terminationReason', {
      type: codeEnum(DirectPaymentTerminationReason),
      nullable: true,
    }),
    firstReviewDueDate: t.expose('firstReviewDueDate', {
      type: 'Date',
      description: 'The first direct payment review, due within 6 months of the start (I-10).',
    }),
    payments: t.connection({
      type: DirectPaymentRef,
      extensions: resolversOnly(RELATED_RECORD),
      description: 'Scheduled and made payments, in schedule order.',
      resolve: childPage(agreementPaymentsPages, AGREEMENT_PAYMENTS),
    }),
    transactions: t.connection({
      type: AccountTransactionRef,
      extensions: listsChildren('connection', LEDGER_ENTRIES),
      description: 'Ledger entries, newest first. For balances use `statement`.',
      resolve: childPage(transactionConnection, LEDGER_ENTRIES),
    }),
    audits: t.connection({
      type: DirectPaymentAuditRef,
      extensions: resolversOnly(RELATED_RECORD),
      description: 'Audits, latest period first.',
      resolve: childPage(agreementAuditsPages, AGREEMENT_AUDITS),
    }),
    recoveries: t.connection({
      type: RecoveryRef,
      extensions: resolversOnly(RELATED_RECORD),
      description: 'Recoveries, newest first.',
      resolve: childPage(agreementRecoveriesPages, AGREEMENT_RECOVERIES),
    }),
    paEmployments: t.connection({
      type: PaEmploymentRef,
      extensions: resolversOnly(RELATED_RECORD),
      description: 'Workers paid through this direct payment.',
      resolve: childPage(agreementPaEmploymentsPages, AGREEMENT_PA_EMPLOYMENTS),
    }),
  }),
});
