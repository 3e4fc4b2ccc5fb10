import { RepresentativeRole } from '@openpb/domain/code-lists/representative-role';
import { builder } from '../../builder.ts';
import { STAFF_ONLY } from '../../delegations/type-access.ts';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const RepresentativeRef = builder.prismaNode('Representative', {
  description:
    'Someone acting for the person: a nominated person (s31), an authorised person (s32), an attorney, a deputy, an appointee or an advocate.',
  id: { field: 'id' },
  nullable: true,
  authScopes: STAFF_ONLY,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    role: t.expose('role', {
      type: codeEnum(RepresentativeRole),
    }),
    name: t.exposeString('name'),
    validFrom: t.field({ type: 'Date', resolve: (representative) => representative.validFrom }),
    validTo: t.field({
      type: 'Date',
      nullable: true,
      resolve: (representative) => representative.validTo,
    }),
    consentRecordedOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: (representative) => representative.consentRecordedOn,
    }),
    person: t.relation('person'),
  }),
});

builder.prismaObjectFields('Person', (t) => ({
  representatives: t.relatedConnection('representatives', {
    totalCount: true,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    cursor: 'id',
    authScopes: STAFF_ONLY,
    description: 'People acting for the person, newest first.',
    query: { orderBy: { validFrom: 'desc' } },
  }),
}));
