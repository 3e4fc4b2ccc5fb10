import { STAFF_ONLY } from '../../access/type-access.ts';
import { builder } from '../../builder.ts';
import { tenantRowWhere } from '../../tenancy.ts';

export const IndicativeBudgetRef = builder.prismaNode('IndicativeBudget', {
  authScopes: STAFF_ONLY,
  description:
    'The resource allocation system’s indicative amount for an assessment: a starting point for planning, not an allocation or entitlement (SG 11.24).',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    person: t.relation('person'),
    assessment: t.relation('assessment'),
    weeklyAmountPence: t.field({ type: 'Pence', resolve: (budget) => budget.weeklyAmountPence }),
    annualAmountPence: t.field({
      type: 'Pence',
      description: 'The weekly amount over 52 weeks.',
      resolve: (budget) => budget.annualAmountPence,
    }),
    points: t.exposeInt('rasPoints', { description: 'The points the assessment scored.' }),
    explanation: t.exposeString('explanation', {
      description: 'How the amount was reached, in plain English, to share with the person.',
    }),
    modelVersion: t.exposeString('rasModelVersion', {
      description: 'The resource allocation model that produced it.',
    }),
    calculatedAt: t.field({ type: 'DateTime', resolve: (budget) => budget.calculatedAt }),
    sharedWithPersonOn: t.field({
      type: 'Date',
      nullable: true,
      resolve: (budget) => budget.sharedWithPersonOn,
    }),
  }),
});
