import type { Prisma } from '@openpb/db/client';
import type { IsoDate } from '@openpb/domain/dates';
import { builder } from '../../builder.ts';
import { toDbDate } from '../../business-dates.ts';
import type { GraphQLContext } from '../../context.ts';
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

/** Reviews not yet held nor cancelled, as the filter narrows them. */
function reviewsDueWhere(
  context: GraphQLContext,
  filter:
    | {
        overdueOnly?: boolean | null;
        directPaymentOnly?: boolean | null;
        dueBefore?: IsoDate | null;
      }
    | null
    | undefined,
): Prisma.ReviewWhereInput {
  const dueBefore: Date[] = [];
  if (filter?.overdueOnly) dueBefore.push(toDbDate(todayIn(context.now())));
  if (filter?.dueBefore) dueBefore.push(toDbDate(filter.dueBefore));
  return {
    councilId: context.viewer.councilId,
    completedDate: null,
    cancelledOn: null,
    ...(filter?.directPaymentOnly ? { isDirectPaymentReview: true } : {}),
    ...(dueBefore.length > 0
      ? { dueDate: { lt: new Date(Math.min(...dueBefore.map((date) => date.getTime()))) } }
      : {}),
  };
}

builder.queryField('reviewsDue', (t) =>
  t.prismaConnection({
    type: 'Review',
    cursor: 'id',
    description:
      'Reviews of your council that have not taken place yet and are not cancelled (e.g. by a death), earliest due first (then by id).',
    authScopes: { staff: true },
    args: { filter: t.arg({ type: ReviewsDueFilter, required: false }) },
    totalCount: (_root, args, context) =>
      context.db.review.count({ where: reviewsDueWhere(context, args.filter) }),
    resolve: (query, _root, args, context) =>
      context.db.review.findMany({
        ...query,
        where: reviewsDueWhere(context, args.filter),
        orderBy: [{ dueDate: 'asc' }, { id: 'asc' }],
      }),
  }),
);
