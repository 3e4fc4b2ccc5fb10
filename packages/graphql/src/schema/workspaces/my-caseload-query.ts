import { builder } from '../../builder.ts';
import { toDbDate } from '../../mutations/business-dates.ts';
import { CASEWORK_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';

builder.queryField('myCaseload', (t) =>
  t.prismaConnection({
    type: 'Allocation',
    cursor: 'id',
    description:
      'Your caseload: the allocations held by you (the signed-in staff member) and open today, longest-held first. Empty for a caller without a staff record.',
    authScopes: { anyRole: [...CASEWORK_ROLES] },
    resolve: (query, _root, _args, context) => {
      const today = toDbDate(todayIn(context.now()));
      return context.db.allocation.findMany({
        ...query,
        where: {
          councilId: context.viewer.councilId,
          staff: { councilId: context.viewer.councilId, subject: context.viewer.subject },
          fromDate: { lte: today },
          OR: [{ toDate: null }, { toDate: { gte: today } }],
        },
        orderBy: [{ fromDate: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);
