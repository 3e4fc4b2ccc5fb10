import type { Prisma } from '@openpb/db/client';
import { RepresentativeRole } from '@openpb/domain/code-lists/representative-role';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
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

/** The people acting for a person, newest first. */
const REPRESENTATIVES: ChildRelation<Prisma.RepresentativeGetPayload<object>> = {
  model: 'Representative',
  parentField: 'personId',
  orderBy: [
    ['validFrom', 'DESC'],
    ['id', 'DESC'],
  ],
};
const representativesPages = prismaConnectionHelpers(builder, 'Representative', { cursor: 'id' });

builder.prismaObjectFields('Person', (t) => ({
  representatives: t.connection({
    type: RepresentativeRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'People acting for the person, newest first.',
    resolve: childPage(representativesPages, REPRESENTATIVES),
  }),
}));
