import { builder } from '../builder.ts';
import { activeDelegationWhere } from '../delegations/delegated-access.ts';
import { todayIn } from '../today.ts';

builder.queryField('delegatedPeople', (t) =>
  t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    description:
      'For a third-party app: the people who have delegated to your organisation and whose delegation is in force today.',
    authScopes: { thirdParty: true },
    resolve: (query, _root, _args, context) => {
      const organisationId = context.viewer.organisationId ?? '';
      return context.db.person.findMany({
        ...query,
        where: {
          councilId: context.viewer.councilId,
          delegations: {
            some: activeDelegationWhere(
              context.viewer.councilId,
              organisationId,
              todayIn(context.now()),
            ),
          },
        },
        orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);
