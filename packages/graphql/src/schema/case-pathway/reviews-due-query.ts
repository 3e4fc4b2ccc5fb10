import type { Prisma } from '@openpb/db/client';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../mutations/business-dates.ts';
import { todayIn } from '../../today.ts';

const ReviewsDueFilter = builder.inputType('ReviewsDueFilter', {
  description: 'Narrows the reviews due. All given conditions must hold.',
  fields: (t) => ({
    overdueOnly: t.boolean({
      required: false,
      description: 'Only reviews whose due date has passed (before today in England).',
    }),
    directPaymentOnly: t.boolean({
      required: false,
      description: 'Only direct payment reviews (DP Regulations reg 7).',
    }),
    dueBefore: t.field({
      type: 'Date',
      required: false,
      description: 'Only reviews due before this date.',
    }),
  }),
});

builder.queryField('reviewsDue', (t) =>
  t.prismaConnection({
    type: 'Review',
    cursor: 'id',
    description:
      'Reviews of your council that have not taken place yet and are not cancelled (e.g. by a death), earliest due first (then by id).',
    authScopes: { staff: true },
    args: { filter: t.arg({ type: ReviewsDueFilter, required: false }) },
    resolve: (query, _root, args, context) => {
      const dueBefore: Date[] = [];
      if (args.filter?.overdueOnly) dueBefore.push(toDbDate(todayIn(context.now())));
      if (args.filter?.dueBefore) dueBefore.push(toDbDate(args.filter.dueBefore));
      const where: Prisma.ReviewWhereInput = {
        councilId: context.viewer.councilId,
        completedDate: null,
        cancelledOn: null,
        ...(args.filter?.directPaymentOnly ? { isDirectPaymentReview: true } : {}),
        ...(dueBefore.length > 0
          ? { dueDate: { lt: new Date(Math.min(...dueBefore.map((date) => date.getTime()))) } }
          : {}),
      };
      return context.db.review.findMany({
        ...query,
        where,
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      });
    },
  }),
);
