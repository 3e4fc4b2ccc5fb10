import type { Prisma } from '@openpb/db/client';
import {
  type OverdueReviewPosition,
  type OverdueReviewRow,
  overdueReviewsCount,
  overdueReviewsPage,
} from '@openpb/db/reporting/overdue-reviews';
import { isIsoDate } from '@openpb/domain/dates';
import {
  OVERDUE_REVIEW_KIND_DESCRIPTIONS,
  OVERDUE_REVIEW_KINDS,
  type OverdueReviewKind,
  overdueReviewIntervals,
} from '@openpb/domain/reporting/overdue-review';
import { z } from 'zod';
import { builder } from '../../builder.ts';
import { councilPolicyOn } from '../../council-policy.ts';
import { REPORTING_ROLES } from '../../staff-roles.ts';
import { DirectPaymentAgreementRef } from '../direct-payments/direct-payment-agreement.ts';
import { PersonRef } from '../person.ts';
import { SupportPlanRef } from '../planning/support-plan.ts';
import { pageRecords, recordOf } from './page-records.ts';
import { reportDate } from './report-date.ts';
import { type ReportList, reportConnection, reportPage } from './report-list.ts';

interface OverdueReview extends OverdueReviewRow {
  readonly person: Prisma.PersonGetPayload<object>;
  readonly supportPlan: Prisma.SupportPlanGetPayload<object> | null;
  readonly agreement: Prisma.DirectPaymentAgreementGetPayload<object> | null;
}

const OverdueReviewKindEnum = builder.enumType('OverdueReviewKind', {
  description: 'Which review is owed (domain.md §6.6, I-10).',
  values: Object.fromEntries(
    OVERDUE_REVIEW_KINDS.map((kind) => [
      kind,
      { description: OVERDUE_REVIEW_KIND_DESCRIPTIONS[kind] },
    ]),
  ) as { [K in OverdueReviewKind]: { description: string } },
});

interface ScheduledLater {
  readonly scheduledDate: Date;
  readonly reason: string;
}

const ScheduledLaterRef = builder
  .objectRef<ScheduledLater>('ReviewScheduledLaterThanGuidance')
  .implement({
    description:
      'A warning, not a refusal: the first review was scheduled later than the 6–8 weeks of statutory guidance, with the reason recorded (I-10).',
    fields: (t) => ({
      scheduledDate: t.field({ type: 'Date', resolve: (later) => later.scheduledDate }),
      reason: t.exposeString('reason'),
    }),
  });

const OverdueReviewRef = builder.objectRef<OverdueReview>('OverdueReview').implement({
  description: 'A review a person is owed whose due date has passed.',
  fields: (t) => ({
    person: t.field({ type: PersonRef, resolve: (row) => row.person }),
    kind: t.field({ type: OverdueReviewKindEnum, resolve: (row) => row.kind }),
    dueDate: t.field({
      type: 'Date',
      description: 'The last day the review should have taken place by.',
      resolve: (row) => row.dueDate,
    }),
    daysOverdue: t.int({
      description: 'Days from the due date to the report date (at least 1).',
      resolve: (row) => row.daysOverdue,
    }),
    lastReviewDate: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The last completed review the due date counts from: any review of the person for plan reviews, the last review of this agreement for direct payment reviews.',
      resolve: (row) => row.lastReviewDate,
    }),
    supportPlan: t.field({
      type: SupportPlanRef,
      nullable: true,
      description: 'The approved plan in force the review is owed on (plan reviews).',
      resolve: (row) => row.supportPlan,
    }),
    directPaymentAgreement: t.field({
      type: DirectPaymentAgreementRef,
      nullable: true,
      description: 'The active agreement the review is owed on (direct payment reviews).',
      resolve: (row) => row.agreement,
    }),
    scheduledLaterThanGuidance: t.field({
      type: ScheduledLaterRef,
      nullable: true,
      description:
        'For a first or annual review the council scheduled later than guidance: the date it set and why. The row is still listed from the guidance date.',
      resolve: (row) => {
        const plan = row.supportPlan;
        if (!plan) return null;
        if (row.kind === 'FIRST_REVIEW' && plan.firstReviewLaterReason) {
          return { scheduledDate: plan.firstReviewDueDate, reason: plan.firstReviewLaterReason };
        }
        if (row.kind === 'ANNUAL_REVIEW' && plan.nextReviewLaterReason && plan.nextReviewDueDate) {
          return { scheduledDate: plan.nextReviewDueDate, reason: plan.nextReviewLaterReason };
        }
        return null;
      },
    }),
  }),
});

const ReviewsOverdueFilter = builder.inputType('ReviewsOverdueFilter', {
  description: 'Narrows the overdue reviews.',
  fields: (t) => ({
    kind: t.field({
      type: OverdueReviewKindEnum,
      required: false,
      description: 'Only reviews of this kind; every kind when left out.',
    }),
    asOf: t.field({
      type: 'Date',
      required: false,
      description: 'The date to work the list out on; today in England when left out.',
    }),
  }),
});

const OVERDUE_REVIEWS: ReportList<OverdueReviewPosition, OverdueReview> = {
  list: 'reviewsOverdue',
  position: z.object({
    dueDate: z.string().refine(isIsoDate),
    kind: z.enum(OVERDUE_REVIEW_KINDS),
    subjectId: z.uuid(),
  }),
  positionOf: (row) => ({ dueDate: row.dueDate, kind: row.kind, subjectId: row.subjectId }),
};

builder.queryField('reviewsOverdue', (t) =>
  t.connection({
    type: OverdueReviewRef,
    description:
      'People whose first, annual or direct payment review is overdue in your council (domain.md §6.6), most overdue first (by due date, then kind and record). The first-review maximum comes from the council’s policy. Forward paging only. Team managers, council administrators and auditors only.',
    authScopes: { anyRole: [...REPORTING_ROLES] },
    args: { filter: t.arg({ type: ReviewsOverdueFilter, required: false }) },
    resolve: async (_root, args, context) => {
      const page = reportPage(OVERDUE_REVIEWS, args);
      const councilId = context.viewer.councilId;
      const asOf = reportDate(context, args.filter?.asOf);
      const policy = await councilPolicyOn(context.db, councilId, asOf);
      const where = {
        councilId,
        asOf,
        kinds: args.filter?.kind ? [args.filter.kind] : OVERDUE_REVIEW_KINDS,
        intervals: overdueReviewIntervals(policy),
      };
      const result = await overdueReviewsPage(context.db, where, page);
      const [people, plans, agreements] = await Promise.all([
        pageRecords(
          result.rows.map((row) => row.personId),
          (where) => context.db.person.findMany({ where }),
          councilId,
        ),
        pageRecords(
          result.rows.map((row) => row.planId),
          (where) => context.db.supportPlan.findMany({ where }),
          councilId,
        ),
        pageRecords(
          result.rows.map((row) => row.agreementId),
          (where) => context.db.directPaymentAgreement.findMany({ where }),
          councilId,
        ),
      ]);
      const rows = result.rows.map((row) => ({
        ...row,
        person: recordOf(people, row.personId),
        supportPlan: row.planId ? recordOf(plans, row.planId) : null,
        agreement: row.agreementId ? recordOf(agreements, row.agreementId) : null,
      }));
      return reportConnection(OVERDUE_REVIEWS, page, { ...result, rows }, () =>
        overdueReviewsCount(context.db, where),
      );
    },
  }),
);
