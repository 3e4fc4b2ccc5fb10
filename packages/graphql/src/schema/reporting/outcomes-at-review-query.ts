import {
  type OutcomesAtReviewCounts,
  outcomesAtReview,
} from '@openpb/db/reporting/outcomes-at-review';
import { ReviewReason } from '@openpb/domain/code-lists/review-reason';
import { compareDates, type IsoDate } from '@openpb/domain/dates';
import { ratioOf } from '@openpb/domain/reporting/percentage';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { codeEnum } from '../code-lists.ts';
import { RatioRef } from './ratio.ts';

interface ReasonCounts extends OutcomesAtReviewCounts {
  readonly reason: ReviewReason;
}

interface OutcomesAtReview {
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly total: OutcomesAtReviewCounts;
  readonly byReason: readonly ReasonCounts[];
}

const NONE: OutcomesAtReviewCounts = {
  reviews: 0,
  fullyMet: 0,
  partiallyMet: 0,
  notMet: 0,
  notRecorded: 0,
};

const recorded = (counts: OutcomesAtReviewCounts) =>
  counts.fullyMet + counts.partiallyMet + counts.notMet;

const CountsRef = builder.objectRef<OutcomesAtReviewCounts>('OutcomesAtReviewCounts').implement({
  description:
    'Reviews that took place, by what was recorded of the person’s outcomes (CLD Review Outcomes Achieved).',
  fields: (t) => ({
    reviews: t.int({ description: 'Reviews that took place.', resolve: (c) => c.reviews }),
    fullyMet: t.int({ description: 'All outcomes met.', resolve: (c) => c.fullyMet }),
    partiallyMet: t.int({
      description: 'At least one outcome fully or partially met.',
      resolve: (c) => c.partiallyMet,
    }),
    notMet: t.int({ description: 'No outcome met.', resolve: (c) => c.notMet }),
    notRecorded: t.int({
      description:
        'No outcomes recorded (an unplanned review; a planned one must record them, I-16).',
      resolve: (c) => c.notRecorded,
    }),
    fullyMetShare: t.field({
      type: RatioRef,
      description: 'Reviews with all outcomes met, out of the reviews that recorded outcomes.',
      resolve: (c) => ratioOf(c.fullyMet, recorded(c)),
    }),
    metShare: t.field({
      type: RatioRef,
      description:
        'Reviews with outcomes fully or partially met, out of the reviews that recorded outcomes.',
      resolve: (c) => ratioOf(c.fullyMet + c.partiallyMet, recorded(c)),
    }),
  }),
});

const ReasonCountsRef = builder.objectRef<ReasonCounts>('OutcomesAtReviewByReason').implement({
  description: 'Outcomes met at the reviews of one reason.',
  fields: (t) => ({
    reason: t.field({ type: codeEnum(ReviewReason), resolve: (row) => row.reason }),
    counts: t.field({ type: CountsRef, resolve: (row) => row }),
  }),
});

const OutcomesAtReviewRef = builder.objectRef<OutcomesAtReview>('OutcomesAtReview').implement({
  description:
    'Outcomes met at review for the reviews that took place in the period (by their completed date, so a past period reports what had happened by its end).',
  fields: (t) => ({
    from: t.field({ type: 'Date', resolve: (report) => report.from }),
    to: t.field({ type: 'Date', resolve: (report) => report.to }),
    total: t.field({ type: CountsRef, resolve: (report) => report.total }),
    byReason: t.field({
      type: [ReasonCountsRef],
      description: 'One row per review reason that had a review in the period, in code-list order.',
      resolve: (report) => report.byReason,
    }),
  }),
});

builder.queryField('outcomesAtReview', (t) =>
  t.field({
    type: OutcomesAtReviewRef,
    description:
      'Whether people’s outcomes were met at the reviews of your council that took place in the period, by review reason. Reviews only due, cancelled or completed after the period do not count. Team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: {
      from: t.arg({ type: 'Date', required: true, description: 'First day reviews count from.' }),
      to: t.arg({ type: 'Date', required: true, description: 'Last day reviews count to.' }),
    },
    resolve: async (_root, args, context) => {
      if (compareDates(args.from, args.to) > 0) {
        throw new GraphQLError('The period ends before it starts', {
          extensions: { code: 'BAD_USER_INPUT' },
        });
      }
      const rows = await outcomesAtReview(context.db, {
        councilId: context.viewer.councilId,
        from: args.from,
        to: args.to,
      });
      const byReason = ReviewReason.codes.flatMap((reason) =>
        rows.filter((row) => row.reason === reason),
      );
      const total = byReason.reduce<OutcomesAtReviewCounts>(
        (sum, row) => ({
          reviews: sum.reviews + row.reviews,
          fullyMet: sum.fullyMet + row.fullyMet,
          partiallyMet: sum.partiallyMet + row.partiallyMet,
          notMet: sum.notMet + row.notMet,
          notRecorded: sum.notRecorded + row.notRecorded,
        }),
        NONE,
      );
      return { from: args.from, to: args.to, total, byReason };
    },
  }),
);
