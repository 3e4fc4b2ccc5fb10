import type { Prisma } from '@openpb/db/client';
import { DelegationGrantorType } from '@openpb/domain/code-lists/delegation-grantor-type';
import { DelegationScope } from '@openpb/domain/code-lists/delegation-scope';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { NOT_IN_CASELOAD, resolversOnly } from '../../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { childPage } from '../child-page.ts';
import type { ChildRelation } from '../child-rows.ts';
import { codeEnum } from '../code-lists.ts';

export const DelegationRef = builder.prismaNode('Delegation', {
  description:
    'A person’s grant to a third-party organisation (broker, support planner, DPSS) to act for them within scopes, for a period (I-17). Revocation ends it at once.',
  id: { field: 'id' },
  nullable: true,
  authScopes: STAFF_ONLY,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person'),
    organisationId: t.id({
      description: 'The organisation delegated to (its global id, as grantDelegation takes it).',
      resolve: (delegation) => encodeGlobalID('Organisation', delegation.organisationId),
    }),
    organisationName: t.string({
      select: { organisation: { select: { name: true } } },
      resolve: (delegation) => delegation.organisation.name,
    }),
    scopes: t.field({
      type: [codeEnum(DelegationScope)],
      resolve: (delegation) => delegation.scopes as DelegationScope[],
    }),
    grantedBy: t.field({
      type: codeEnum(DelegationGrantorType),
      resolve: (delegation) => delegation.grantedBy as DelegationGrantorType,
    }),
    validFrom: t.field({ type: 'Date', resolve: (delegation) => delegation.validFrom }),
    validTo: t.field({ type: 'Date', nullable: true, resolve: (delegation) => delegation.validTo }),
    revokedAt: t.field({
      type: 'DateTime',
      nullable: true,
      resolve: (delegation) => delegation.revokedAt,
    }),
  }),
});

/** A person’s delegations, newest first. */
const PERSON_DELEGATIONS: ChildRelation<Prisma.DelegationGetPayload<object>> = {
  model: 'Delegation',
  parentField: 'personId',
  orderBy: [
    ['createdAt', 'DESC'],
    ['id', 'DESC'],
  ],
};
const personDelegationsPages = prismaConnectionHelpers(builder, 'Delegation', { cursor: 'id' });

builder.prismaObjectFields('Person', (t) => ({
  delegations: t.connection({
    type: DelegationRef,
    extensions: resolversOnly(NOT_IN_CASELOAD),
    authScopes: STAFF_ONLY,
    description: 'Third-party organisations the person has let act for them, newest first.',
    resolve: childPage(personDelegationsPages, PERSON_DELEGATIONS),
  }),
}));
