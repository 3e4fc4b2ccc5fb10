import type { Prisma } from '@openpb/db/client';
import { builder } from '../../builder.ts';
import type { GraphQLContext } from '../../context.ts';
import { APPROVER_ROLES } from '../../staff-roles.ts';

/** Plans submitted for approval, except the ones the signed-in staff member prepared. */
function awaitingWhere(context: GraphQLContext): Prisma.SupportPlanWhereInput {
  return {
    councilId: context.viewer.councilId,
    status: 'SUBMITTED',
    NOT: { preparedBy: { councilId: context.viewer.councilId, subject: context.viewer.subject } },
  };
}

builder.queryField('supportPlansAwaitingApproval', (t) =>
  t.prismaConnection({
    type: 'SupportPlan',
    cursor: 'id',
    description:
      'Support plans of your council submitted for approval, oldest submission first — without the ones you prepared, since a plan is approved by someone other than its author (four eyes). Agreeing the personal budget then needs an approval level at or above the budget’s (agreePersonalBudget).',
    authScopes: { anyRole: [...APPROVER_ROLES] },
    totalCount: (_root, _args, context) =>
      context.db.supportPlan.count({ where: awaitingWhere(context) }),
    resolve: (query, _root, _args, context) =>
      context.db.supportPlan.findMany({
        ...query,
        where: awaitingWhere(context),
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);
