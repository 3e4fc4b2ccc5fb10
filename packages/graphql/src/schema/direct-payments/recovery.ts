import { RecoveryMethod } from '@openpb/domain/code-lists/recovery-method';
import { RecoveryReason } from '@openpb/domain/code-lists/recovery-reason';
import { RecoveryStatus } from '@openpb/domain/code-lists/recovery-status';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const RecoveryRef = builder.prismaNode('Recovery', {
  authScopes: STAFF_ONLY,
  description:
    'Money the council asks back from a direct payment account (Care Act 2014 s33(5)); a surplus recovery never exceeds the recoverable amount (I-12).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    agreement: t.relation('agreement'),
    audit: t.relation('audit', { nullable: true, description: 'The audit that found it, if any.' }),
    reason: t.expose('reason', {
      type: codeEnum(RecoveryReason),
    }),
    method: t.expose('method', {
      type: codeEnum(RecoveryMethod),
    }),
    status: t.expose('status', {
      type: codeEnum(RecoveryStatus),
    }),
    amountPence: t.field({ type: 'Pence', resolve: (recovery) => recovery.amountPence }),
    recoveredPence: t.field({
      type: 'Pence',
      description: 'How much has come back so far.',
      resolve: (recovery) => recovery.recoveredPence,
    }),
    raisedDate: t.field({ type: 'Date', resolve: (recovery) => recovery.raisedDate }),
    notifiedDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the person was told; a card sweep needs it first (I-12).',
      resolve: (recovery) => recovery.notifiedDate,
    }),
  }),
});
