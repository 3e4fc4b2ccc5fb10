import { AllocationRole } from '@openpb/domain/code-lists/allocation-role';
import { Complexity } from '@openpb/domain/code-lists/complexity';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const AllocationRef = builder.prismaNode('Allocation', {
  authScopes: STAFF_ONLY,
  description: 'A case held by a worker in a role from a date (caseload).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person'),
    staffMember: t.relation('staff'),
    role: t.expose('role', { type: codeEnum(AllocationRole) }),
    complexity: t.expose('complexity', {
      type: codeEnum(Complexity),
      description:
        'HIGH complexity needs a registered social worker under the council’s policy (I-6).',
    }),
    fromDate: t.field({ type: 'Date', resolve: (row) => row.fromDate }),
    toDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day it was held; empty while it is current.',
      resolve: (row) => row.toDate,
    }),
  }),
});
