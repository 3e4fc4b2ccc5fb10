import { CounterpartyType } from '@openpb/domain/code-lists/counterparty-type';
import { DpSpendCategory } from '@openpb/domain/code-lists/dp-spend-category';
import { LedgerEntryKind } from '@openpb/domain/code-lists/ledger-entry-kind';
import { TransactionFlag } from '@openpb/domain/code-lists/transaction-flag';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { RELATED_RECORD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const AccountTransactionRef = builder.prismaNode('AccountTransaction', {
  authScopes: STAFF_ONLY,
  description:
    'An entry on the direct payment account ledger, signed from the account’s point of view: positive into the account, negative out of it.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    agreement: t.relation('agreement', { extensions: resolversOnly(RELATED_RECORD) }),
    kind: t.expose('kind', {
      type: codeEnum(LedgerEntryKind),
    }),
    postedDate: t.expose('postedDate', { type: 'Date' }),
    amountPence: t.expose('amountPence', {
      type: 'Pence',
      description: 'Signed: positive into the account, negative out of it.',
    }),
    counterpartyName: t.exposeString('counterpartyName'),
    counterpartyType: t.expose('counterpartyType', {
      type: codeEnum(CounterpartyType),
    }),
    spendCategory: t.expose('spendCategory', {
      type: codeEnum(DpSpendCategory),
      nullable: true,
    }),
    flag: t.expose('flag', {
      type: codeEnum(TransactionFlag),
      nullable: true,
      description: 'Why this entry needs a closer look, if it does.',
    }),
    payment: t.relation('payment', {
      extensions: resolversOnly(RELATED_RECORD),
      nullable: true,
      description: 'The council payment this entry records, for PAYMENT_IN entries.',
    }),
    recovery: t.relation('recovery', {
      extensions: resolversOnly(RELATED_RECORD),
      nullable: true,
      description: 'The recovery this entry records, for RECOVERY entries.',
    }),
  }),
});
