import type { Prisma } from '@openpb/db/client';
import { activeDelegationWhere } from '../access/delegated-access.ts';
import { builder } from '../builder.ts';
import type { GraphQLContext } from '../context.ts';
import { todayIn } from '../today.ts';

/** The people whose delegation to the caller's organisation is in force today. */
function delegatedPeopleWhere(context: GraphQLContext): Prisma.PersonWhereInput {
  const councilId = context.viewer.councilId;
  const organisationId = context.viewer.organisationId ?? '';
  return {
    councilId,
    delegations: { some: activeDelegationWhere(councilId, organisationId, todayIn(context.now())) },
  };
}

builder.queryField('delegatedPeople', (t) =>
  t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    description:
      'For a third-party app: the people who have delegated to your organisation and whose delegation is in force today.',
    authScopes: { thirdParty: true },
    totalCount: (_root, _args, context) =>
      context.db.person.count({ where: delegatedPeopleWhere(context) }),
    resolve: (query, _root, _args, context) =>
      context.db.person.findMany({
        ...query,
        where: delegatedPeopleWhere(context),
        orderBy: [{ familyName: 'asc' }, { givenName: 'asc' }, { id: 'asc' }],
      }),
  }),
);
