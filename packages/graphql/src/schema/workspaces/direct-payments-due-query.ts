import type { Prisma } from '@openpb/db/client';
import { addDays, type IsoDate } from '@openpb/domain/dates';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import type { GraphQLContext } from '../../context.ts';
import { MONEY_REPORTING_ROLES } from '../../staff-roles.ts';
import { todayIn } from '../../today.ts';

/** Scheduled payments not yet paid and due by `dueBy` (default: 14 days from today). */
function dueWhere(context: GraphQLContext, dueBy: IsoDate | null | undefined) {
  return {
    councilId: context.viewer.councilId,
    status: 'SCHEDULED',
    dueDate: { lte: toDbDate(dueBy ?? addDays(todayIn(context.now()), 14)) },
  } satisfies Prisma.DirectPaymentWhereInput;
}

builder.queryField('directPaymentsDue', (t) =>
  t.prismaConnection({
    type: 'DirectPayment',
    cursor: 'id',
    description:
      'Scheduled direct payments of your council not yet paid and due by the date given (default: 14 days from today in England), overdue first. Finance officers, team managers, council administrators and auditors.',
    authScopes: { anyRole: [...MONEY_REPORTING_ROLES] },
    args: {
      dueBy: t.arg({
        type: 'Date',
        required: false,
        description: 'The last due date to include (default: 14 days from today).',
      }),
    },
    totalCount: (_root, args, context) =>
      context.db.directPayment.count({ where: dueWhere(context, args.dueBy) }),
    resolve: (query, _root, args, context) =>
      context.db.directPayment.findMany({
        ...query,
        where: dueWhere(context, args.dueBy),
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      }),
  }),
);
