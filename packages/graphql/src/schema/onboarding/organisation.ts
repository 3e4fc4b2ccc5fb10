import { OrganisationType } from '@openpb/domain/code-lists/organisation-type';
import { builder } from '../../builder.ts';
import { codeEnum } from '../code-lists.ts';

/** An organisation outside the council: a brokerage, a support planner, a DPSS, a provider. */
export const OrganisationRef = builder.prismaNode('Organisation', {
  description:
    'An organisation outside the council (brokerage, support planning organisation, direct payment support service, provider). Organisations are not a council’s own: several councils may register apps and delegations for the same one.',
  id: { field: 'id' },
  nullable: true,
  // not personal data: an app reads its own through viewer
  authScopes: { staff: true, thirdParty: true },
  findUnique: (id) => ({ id }),
  fields: (t) => ({
    name: t.exposeString('name'),
    type: t.field({
      type: codeEnum(OrganisationType),
      resolve: (organisation) => organisation.type as OrganisationType,
    }),
  }),
});
