import type { Prisma } from '@openpb/db/client';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { builder } from '../builder.ts';
import { prismaOrderBy } from './child-rows.ts';
import { codeEnum } from './code-lists.ts';

/** The order of the people list: family name, given name, then id (unique, so pages are stable). */
export const PEOPLE_ORDER = [
  ['familyName', 'ASC'],
  ['givenName', 'ASC'],
  ['id', 'ASC'],
] as const satisfies readonly (readonly [keyof Prisma.PersonGetPayload<object>, 'ASC' | 'DESC'])[];

const PeopleFilter = builder.inputType('PeopleFilter', {
  description: 'Narrows the people list. All given conditions must hold.',
  fields: (t) => ({
    search: t.string({
      required: false,
      description:
        'Matches the start of the family name or given name (case-insensitive), or the exact LA person id.',
    }),
    primarySupportReason: t.field({ type: codeEnum(PrimarySupportReason), required: false }),
  }),
});

/** The people of the council the filter admits. */
function peopleWhere(
  councilId: string,
  filter: { search?: string | null; primarySupportReason?: string | null } | null | undefined,
): Prisma.PersonWhereInput {
  const where: Prisma.PersonWhereInput = { councilId };
  const search = filter?.search?.trim();
  if (search) {
    where.OR = [
      { familyName: { startsWith: search, mode: 'insensitive' } },
      { givenName: { startsWith: search, mode: 'insensitive' } },
      { laPersonId: search },
    ];
  }
  if (filter?.primarySupportReason) where.primarySupportReason = filter.primarySupportReason;
  return where;
}

builder.queryField('people', (t) =>
  t.prismaConnection({
    type: 'Person',
    cursor: 'id',
    description: 'People of your council, ordered by family name, given name and id.',
    authScopes: { staff: true },
    args: { filter: t.arg({ type: PeopleFilter, required: false }) },
    totalCount: (_root, args, context) =>
      context.db.person.count({ where: peopleWhere(context.viewer.councilId, args.filter) }),
    resolve: (query, _root, args, context) =>
      context.db.person.findMany({
        ...query,
        where: peopleWhere(context.viewer.councilId, args.filter),
        orderBy: prismaOrderBy({ orderBy: PEOPLE_ORDER }),
      }),
  }),
);
