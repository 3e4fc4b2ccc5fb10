import type { Prisma } from '@openpb/db/client';
import { OrganisationType } from '@openpb/domain/code-lists/organisation-type';
import { builder } from '../../builder.ts';
import type { GraphQLContext } from '../../context.ts';
import { databaseId } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

/**
 * The `where` for reading one organisation by id (D30). Organisations are shared by councils, so
 * least privilege is by relation: an app reads only its own; a council's staff read one their
 * council registered, or one with an app, a delegation, a representative, a plan line or a
 * deployment in their council. Any other id is not found, exactly like one that does not exist.
 */
export function organisationWhere(
  id: string,
  { viewer }: Pick<GraphQLContext, 'viewer'>,
): Prisma.OrganisationWhereUniqueInput {
  if (viewer.organisationId !== undefined) {
    return { id: databaseId(id === viewer.organisationId ? id : '') };
  }
  const inCouncil = { some: { councilId: viewer.councilId } };
  return {
    id: databaseId(id),
    OR: [
      { registeredByCouncilId: viewer.councilId },
      { apiClients: inCouncil },
      { delegations: inCouncil },
      { representatives: inCouncil },
      { planLines: inCouncil },
      { deployments: inCouncil },
    ],
  };
}

/** An organisation outside the council: a brokerage, a support planner, a DPSS, a provider. */
export const OrganisationRef = builder.prismaNode('Organisation', {
  description:
    'An organisation outside the council (brokerage, support planning organisation, direct payment support service, provider). Organisations are not a council’s own: several councils may register apps and delegations for the same one.',
  id: { field: 'id' },
  nullable: true,
  // not personal data; an app reads only its own, staff only their council's (organisationWhere)
  authScopes: { staff: true, thirdParty: true },
  findUnique: (id, context) => organisationWhere(id, context),
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.field({
      type: codeEnum(OrganisationType),
      resolve: (organisation) => organisation.type as OrganisationType,
    }),
  }),
});
