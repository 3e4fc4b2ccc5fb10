import type { Prisma } from '@openpb/db/client';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import type { GraphQLContext } from '../../context.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';

/** The allocations held by the signed-in staff member and open today. */
function caseloadWhere(context: GraphQLContext): Prisma.AllocationWhereInput {
  const today = toDbDate(todayIn(context.now()));
  return {
    councilId: context.viewer.councilId,
    staff: { councilId: context.viewer.councilId, subject: context.viewer.subject },
    fromDate: { lte: today },
    OR: [{ toDate: null }, { toDate: { gte: today } }],
  };
}

builder.queryField('myCaseload', (t) =>
  t.prismaConnection({
    type: 'Allocation',
    cursor: 'id',
    description:
      'Your caseload: the allocations held by you (the signed-in staff member) and open today, longest-held first. Empty for a caller without a staff record.',
    authScopes: { anyRole: [...CASEWORK_ROLES] },
    totalCount: (_root, _args, context) =>
      context.db.allocation.count({ where: caseloadWhere(context) }),
    resolve: (query, _root, _args, context) =>
      context.db.allocation.findMany({
        ...query,
        where: caseloadWhere(context),
        orderBy: [{ fromDate: 'asc' }, { id: 'asc' }],
      }),
  }),
);
