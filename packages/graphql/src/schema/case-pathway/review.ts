import { EventOutcomeR2 } from '@openpb/domain/code-lists/event-outcome-r2';
import { Involvement } from '@openpb/domain/code-lists/involvement';
import { ReviewOutcomesAchieved } from '@openpb/domain/code-lists/review-outcomes-achieved';
import { ReviewReason } from '@openpb/domain/code-lists/review-reason';
import { SupportChange } from '@openpb/domain/code-lists/support-change';
import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';
import { codeEnum } from '../code-lists.ts';

export const ReviewRef = builder.prismaNode('Review', {
  authScopes: STAFF_ONLY,
  description:
    'A review of the care and support plan (Care Act s27) or of a direct payment (DP Regulations reg 7): CLD Review event. Due until it has a completed date.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person'),
    plan: t.relation('plan', { nullable: true, description: 'The plan version reviewed.' }),
    directPaymentAgreement: t.relation('agreement', {
      nullable: true,
      description: 'The direct payment agreement reviewed, for a direct payment review.',
    }),
    reason: t.expose('reason', { type: codeEnum(ReviewReason) }),
    involvement: t.expose('involvement', {
      type: codeEnum(Involvement),
      nullable: true,
      description: 'CLD Method of Review: who took part; recorded when it took place.',
    }),
    dueDate: t.field({ type: 'Date', resolve: (review) => review.dueDate }),
    completedDate: t.field({
      type: 'Date',
      nullable: true,
      resolve: (review) => review.completedDate,
    }),
    cancelledOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'When a scheduled review was cancelled and will not take place (e.g. the person died); it is then no longer due and no CLD event.',
      resolve: (review) => review.cancelledOn,
    }),
    cancellationReason: t.exposeString('cancellationReason', {
      nullable: true,
      description: 'Why it was cancelled: DECEASED when the person died.',
    }),
    isDirectPaymentReview: t.exposeBoolean('isDirectPaymentReview'),
    outcomesAchieved: t.expose('outcomesAchieved', {
      type: codeEnum(ReviewOutcomesAchieved),
      nullable: true,
      description:
        'Whether the personal outcomes were met; recorded for every planned review (I-16).',
    }),
    supportChange: t.expose('supportChange', {
      type: codeEnum(SupportChange),
      nullable: true,
    }),
    outcome: t.expose('outcome', {
      type: codeEnum(EventOutcomeR2),
      nullable: true,
    }),
    reviewer: t.relation('reviewer', { nullable: true }),
  }),
});
