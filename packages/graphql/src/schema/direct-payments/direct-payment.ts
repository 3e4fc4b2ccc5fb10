import { PaymentKind } from '@openpb/domain/code-lists/payment-kind';
import { PaymentStatus } from '@openpb/domain/code-lists/payment-status';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const DirectPaymentRef = builder.prismaNode('DirectPayment', {
  authScopes: STAFF_ONLY,
  description:
    'A payment into the direct payment account, scheduled in advance for a period and then made (I-9: net = gross − contribution deducted).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    agreement: t.relation('agreement'),
    kind: t.expose('kind', { type: codeEnum(PaymentKind) }),
    sequence: t.exposeInt('sequence', {
      description: 'Position in the agreement’s schedule, from 1.',
    }),
    periodStart: t.field({ type: 'Date', resolve: (payment) => payment.periodStart }),
    periodEnd: t.field({
      type: 'Date',
      description: 'Last day the payment covers (inclusive).',
      resolve: (payment) => payment.periodEnd,
    }),
    grossAmountPence: t.field({ type: 'Pence', resolve: (payment) => payment.grossAmountPence }),
    contributionDeductedPence: t.field({
      type: 'Pence',
      description: 'The person’s contribution deducted from this payment (0 on a GROSS basis).',
      resolve: (payment) => payment.contributionDeductedPence,
    }),
    netAmountPence: t.field({
      type: 'Pence',
      description: 'What the council pays into the account.',
      resolve: (payment) => payment.netAmountPence,
    }),
    dueDate: t.field({ type: 'Date', resolve: (payment) => payment.dueDate }),
    paidDate: t.field({ type: 'Date', nullable: true, resolve: (payment) => payment.paidDate }),
    status: t.expose('status', {
      type: codeEnum(PaymentStatus),
    }),
  }),
});
