import type { Prisma } from '@openpb/db/client';
import { AccommodationStatus } from '@openpb/domain/code-lists/accommodation-status';
import { ClientType } from '@openpb/domain/code-lists/client-type';
import { Ethnicity } from '@openpb/domain/code-lists/ethnicity';
import { Gender } from '@openpb/domain/code-lists/gender';
import { MentalCapacityForDp } from '@openpb/domain/code-lists/mental-capacity-for-dp';
import { PrimarySupportReason } from '@openpb/domain/code-lists/primary-support-reason';
import { prismaConnectionHelpers } from '@pothos/plugin-prisma';
import { activeDelegationWhere } from '../access/delegated-access.ts';
import { staffOrDelegated } from '../access/type-access.ts';
import { builder } from '../builder.ts';
import { listsChildren } from '../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../tenancy.ts';
import { todayIn } from '../today.ts';
import { childPage } from './child-page.ts';
import type { ChildRelation } from './child-rows.ts';
import { codeEnum } from './code-lists.ts';
import { PersonalBudgetRef } from './personal-budget.ts';

/** A person's personal budgets, newest first. */
export const PERSONAL_BUDGETS: ChildRelation<Prisma.PersonalBudgetGetPayload<object>> = {
  model: 'PersonalBudget',
  parentField: 'personId',
  orderBy: [
    ['effectiveFrom', 'DESC'],
    ['id', 'DESC'],
  ],
};

/** Cursors and pages of `personalBudgets`, as `relatedConnection` made them (cursor: the id). */
const budgetConnection = prismaConnectionHelpers(builder, 'PersonalBudget', { cursor: 'id' });

export const PersonRef = builder.prismaNode('Person', {
  authScopes: staffOrDelegated(),
  description: 'Someone the council supports: a service user or an unpaid carer.',
  id: { field: 'id' },
  nullable: true,
  // a third-party app finds only people who delegated to it: others are simply not there
  findUnique: (id, context) => {
    const where = tenantRowWhere(id, context.viewer.councilId);
    const organisationId = context.viewer.organisationId;
    if (!organisationId) return where;
    const today = todayIn(context.now());
    return {
      ...where,
      delegations: { some: activeDelegationWhere(where.councilId, organisationId, today) },
    };
  },
  fields: (t) => ({
    laPersonId: t.exposeString('laPersonId', {
      description: 'The council’s own person identifier (CLD LA_Person_Unique_Identifier).',
    }),
    nhsNumber: t.exposeString('nhsNumber', { nullable: true }),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    birthDate: t.expose('birthDate', { type: 'Date' }),
    deathDate: t.expose('deathDate', { type: 'Date', nullable: true }),
    gender: t.expose('gender', { type: codeEnum(Gender) }),
    ethnicity: t.expose('ethnicity', {
      type: codeEnum(Ethnicity),
    }),
    postcode: t.exposeString('postcode'),
    clientType: t.expose('clientType', {
      type: codeEnum(ClientType),
    }),
    primarySupportReason: t.expose('primarySupportReason', {
      type: codeEnum(PrimarySupportReason),
    }),
    accommodationStatus: t.expose('accommodationStatus', {
      type: codeEnum(AccommodationStatus),
    }),
    mentalCapacityForDp: t.expose('mentalCapacityForDp', {
      type: codeEnum(MentalCapacityForDp),
    }),
    personalBudgets: t.connection({
      type: PersonalBudgetRef,
      extensions: listsChildren('connection', PERSONAL_BUDGETS),
      // a third-party app without READ_BUDGET: one refusal on the list, not one per budget (D65)
      authScopes: staffOrDelegated('READ_BUDGET'),
      nullable: true,
      description:
        'Personal budgets, newest first. Null, with a FORBIDDEN error naming the scope, for a third-party app whose delegation lacks READ_BUDGET.',
      resolve: childPage(budgetConnection, PERSONAL_BUDGETS),
    }),
  }),
});
