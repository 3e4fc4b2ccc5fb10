import type { Prisma } from '@openpb/db/client';
import { builder } from '../../builder.ts';
import type { GraphQLContext } from '../../context.ts';
import { MONEY_ROLES } from '../../staff-roles.ts';

/** The council's submissions no finance officer has decided yet. */
function awaitingWhere(context: GraphQLContext): Prisma.SpendSubmissionWhereInput {
  return { councilId: context.viewer.councilId, status: 'SUBMITTED' };
}

builder.queryField('spendSubmissionsAwaitingReview', (t) =>
  t.prismaConnection({
    type: 'SpendSubmission',
    cursor: 'councilId_id',
    description:
      'Spend third-party apps submitted in your council that awaits review, oldest submission first (D98): accept it (acceptSpendSubmission) to post it to the ledger, or reject it with a reason (rejectSpendSubmission). Finance officers.',
    authScopes: { anyRole: [...MONEY_ROLES] },
    totalCount: (_root, _args, context) =>
      context.db.spendSubmission.count({ where: awaitingWhere(context) }),
    resolve: (query, _root, _args, context) =>
      context.db.spendSubmission.findMany({
        ...query,
        where: awaitingWhere(context),
        orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
      }),
  }),
);
