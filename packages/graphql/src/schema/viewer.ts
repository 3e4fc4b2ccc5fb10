import { activeDelegationWhere } from '../access/delegated-access.ts';
import { builder } from '../builder.ts';
import type { Viewer } from '../context.ts';
import { todayIn } from '../today.ts';
import { OrganisationRef } from './onboarding/organisation.ts';
import { ViewerDelegationRef } from './viewer-delegation.ts';

const ViewerRef = builder.objectRef<Viewer>('Viewer').implement({
  description: 'The signed-in caller.',
  fields: (t) => ({
    subject: t.exposeString('subject', {
      description: 'The token subject (a staff member or API client id).',
    }),
    roles: t.stringList({ resolve: (viewer) => [...viewer.roles] }),
    council: t.prismaField({
      type: 'Council',
      resolve: (query, viewer, _args, context) =>
        context.db.council.findUniqueOrThrow({ ...query, where: { id: viewer.councilId } }),
    }),
    organisation: t.field({
      type: OrganisationRef,
      nullable: true,
      description: 'For a third-party app: the organisation it acts for. Null for staff.',
      resolve: (viewer, _args, context) =>
        viewer.organisationId === undefined
          ? null
          : context.db.organisation.findUnique({ where: { id: viewer.organisationId } }),
    }),
    delegations: t.field({
      type: [ViewerDelegationRef],
      description:
        'For a third-party app: the delegations to its organisation in force today, per person with the scopes and validity (at most 100, longest-standing first). Empty for staff.',
      resolve: (viewer, _args, context) =>
        viewer.organisationId === undefined
          ? []
          : context.db.delegation.findMany({
              where: activeDelegationWhere(
                viewer.councilId,
                viewer.organisationId,
                todayIn(context.now()),
              ),
              orderBy: [{ validFrom: 'asc' }, { id: 'asc' }],
              take: 100,
            }),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description:
      'Who you are: a staff member (subject, roles, council) or a third-party app (its organisation and the delegations it acts under).',
    authScopes: { staff: true, thirdParty: true },
    resolve: (_root, _args, context) => context.viewer,
  }),
);
