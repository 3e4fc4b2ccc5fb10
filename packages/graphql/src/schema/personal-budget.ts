import type { Prisma } from '@openpb/db/client';
import { ApprovalLevel } from '@openpb/domain/code-lists/approval-level';
import { isCode } from '@openpb/domain/code-lists/code-list';
import { DeliveryMechanism } from '@openpb/domain/code-lists/delivery-mechanism';
import {
  DeploymentMode,
  deliveryMechanismOfDeployment,
} from '@openpb/domain/code-lists/deployment-mode';
import { PersonalBudgetStatus } from '@openpb/domain/code-lists/personal-budget-status';
import { weeklyFromAnnualPence } from '@openpb/domain/cost-frequency';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { staffOrDelegated } from '../access/type-access.ts';
import { builder } from '../builder.ts';
import { listsChildren, RELATED_RECORD, resolversOnly } from '../sql-reads/sql-field.ts';
import { tenantRowWhere } from '../tenancy.ts';
import { type ChildRelation, childRows } from './child-rows.ts';
import { codeEnum } from './code-lists.ts';

/** A budget's deployments (at most one per mode), in id order. */
export const DEPLOYMENTS: ChildRelation<Prisma.BudgetDeploymentGetPayload<object>> = {
  model: 'BudgetDeployment',
  parentField: 'budgetId',
  orderBy: [['id', 'ASC']],
};

const BudgetDeploymentRef = builder.prismaObject('BudgetDeployment', {
  description: 'How part of a personal budget is taken (Statutory Guidance 11.30).',
  fields: (t) => ({
    id: t.field({
      type: 'ID',
      description: 'A global id, for setUpDirectPayment’s deploymentId.',
      select: { id: true },
      resolve: (deployment) => encodeGlobalID('BudgetDeployment', deployment.id),
    }),
    mode: t.expose('mode', {
      type: codeEnum(DeploymentMode),
    }),
    deliveryMechanism: t.field({
      type: codeEnum(DeliveryMechanism),
      description: 'The CLD Delivery Mechanism this deployment is reported as.',
      select: { mode: true },
      resolve: (deployment) => {
        const mode = deployment.mode;
        if (!isCode(DeploymentMode, mode)) throw new Error(`No DeploymentMode ${mode}`);
        return deliveryMechanismOfDeployment(mode);
      },
    }),
    annualAmountPence: t.expose('annualAmountPence', {
      type: 'Pence',
    }),
  }),
});

export const PersonalBudgetRef = builder.prismaNode('PersonalBudget', {
  authScopes: staffOrDelegated('READ_BUDGET'),
  description:
    'The personal budget (Care Act 2014 s26): the cost to the council of meeting the eligible needs, split into what the person pays and what the council pays.',
  id: { field: 'id' },
  nullable: true,
  findUnique: (id, context) => tenantRowWhere(id, context.viewer.councilId),
  fields: (t) => ({
    version: t.exposeInt('version'),
    status: t.expose('status', {
      type: codeEnum(PersonalBudgetStatus),
    }),
    annualTotalPence: t.expose('annualTotalPence', { type: 'Pence' }),
    annualLaContributionPence: t.expose('annualLaContributionPence', {
      type: 'Pence',
    }),
    annualPersonContributionPence: t.expose('annualPersonContributionPence', {
      type: 'Pence',
    }),
    weeklyTotalPence: t.field({
      type: 'Pence',
      description: 'The annual total over 52 weeks, rounded half-up to whole pence.',
      select: { annualTotalPence: true },
      resolve: (budget) => weeklyFromAnnualPence(budget.annualTotalPence),
    }),
    effectiveFrom: t.expose('effectiveFrom', { type: 'Date' }),
    effectiveTo: t.expose('effectiveTo', {
      type: 'Date',
      nullable: true,
      description:
        'The last day in force; null while open. A SUPERSEDED version with no end date never came into force (its successor took effect on or before its start).',
    }),
    person: t.relation('person', { extensions: resolversOnly(RELATED_RECORD) }),
    plan: t.relation('plan', {
      extensions: resolversOnly(RELATED_RECORD),
      nullable: true,
      description: 'The support plan version this budget pays for.',
    }),
    approvalLevel: t.expose('approvalLevel', {
      type: codeEnum(ApprovalLevel),
      nullable: true,
    }),
    signedOffAt: t.expose('signedOffAt', {
      type: 'DateTime',
      nullable: true,
    }),
    indicativeDifferenceReasons: t.exposeString('indicativeDifferenceReasons', {
      nullable: true,
      description:
        'Why the budget differs from the indicative amount the person was given, recorded at sign-off (R (KM) v Cambridgeshire CC [2012] UKSC 23: the council must be able to explain the final amount); null when they agree or there was none.',
    }),
    withdrawalReason: t.exposeString('withdrawalReason', {
      nullable: true,
      description:
        'Why a version that was never signed off was withdrawn (status WITHDRAWN): DECEASED when the person died before sign-off (D60); null otherwise.',
    }),
    deployments: t.field({
      type: [BudgetDeploymentRef],
      extensions: listsChildren('list', DEPLOYMENTS),
      description: 'At most one per deployment mode.',
      resolve: (budget, _args, context) => childRows(context, DEPLOYMENTS, budget.id, null),
    }),
  }),
});
