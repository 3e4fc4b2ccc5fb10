import type { Prisma } from '@openpb/db/client';
import type { ChildRelation } from '../schema/child-rows.ts';
import { LEDGER_ENTRIES } from '../schema/direct-payments/direct-payment-agreement.ts';
import { AGREEMENTS } from '../schema/direct-payments/person-direct-payment-agreements.ts';
import { PERSONAL_BUDGETS } from '../schema/person.ts';
import { DEPLOYMENTS } from '../schema/personal-budget.ts';
import { PLAN_LINES, PLAN_VERSIONS } from '../schema/planning/support-plan.ts';

/** A field listing child rows: a Relay connection (`first:` pages) or a plain list (every row). */
export interface ChildField {
  readonly kind: 'connection' | 'list';
  readonly relation: ChildRelation<never>;
}

/**
 * What a GraphQL object type reads from its Prisma model, for the compiled SQL read path
 * (docs/decisions.md D15): for each scalar field, the model fields its resolver reads (as a Pothos
 * `select` would say), and each field that lists child rows. A field not named here is not
 * compiled: an operation that selects it runs through the resolvers.
 */
export interface ReadModel {
  readonly model: Prisma.ModelName;
  readonly leaves: Readonly<Record<string, readonly string[]>>;
  readonly children: Readonly<Record<string, ChildField>>;
}

/** Fields whose resolver reads the column of the same name. */
const own = (...fields: string[]) => Object.fromEntries(fields.map((field) => [field, [field]]));

const connection = <Row>(relation: ChildRelation<Row>): ChildField => ({
  kind: 'connection',
  relation: relation as unknown as ChildRelation<never>,
});
const list = <Row>(relation: ChildRelation<Row>): ChildField => ({
  kind: 'list',
  relation: relation as unknown as ChildRelation<never>,
});

const weeklyAmounts = [
  'paymentBasis',
  'weeklyGrossPence',
  'weeklyContributionPence',
  'contingencyWeeksHundredths',
];

/** The read models, by GraphQL type name: a person's caseload view (D15). */
export const READ_MODELS: ReadonlyMap<string, ReadModel> = new Map<string, ReadModel>([
  [
    'Person',
    {
      model: 'Person',
      leaves: own(
        'id',
        'laPersonId',
        'nhsNumber',
        'givenName',
        'familyName',
        'birthDate',
        'deathDate',
        'gender',
        'ethnicity',
        'postcode',
        'clientType',
        'primarySupportReason',
        'accommodationStatus',
        'mentalCapacityForDp',
      ),
      children: {
        personalBudgets: connection(PERSONAL_BUDGETS),
        supportPlans: connection(PLAN_VERSIONS),
        directPaymentAgreements: connection(AGREEMENTS),
      },
    },
  ],
  [
    'PersonalBudget',
    {
      model: 'PersonalBudget',
      leaves: {
        ...own(
          'id',
          'version',
          'status',
          'annualTotalPence',
          'annualLaContributionPence',
          'annualPersonContributionPence',
          'effectiveFrom',
          'effectiveTo',
          'approvalLevel',
          'signedOffAt',
          'indicativeDifferenceReasons',
        ),
        weeklyTotalPence: ['annualTotalPence'],
      },
      children: { deployments: list(DEPLOYMENTS) },
    },
  ],
  [
    'BudgetDeployment',
    {
      model: 'BudgetDeployment',
      leaves: { ...own('id', 'mode', 'annualAmountPence'), deliveryMechanism: ['mode'] },
      children: {},
    },
  ],
  [
    'SupportPlan',
    {
      model: 'SupportPlan',
      leaves: own(
        'id',
        'version',
        'revision',
        'status',
        'startDate',
        'endDate',
        'firstReviewDueDate',
        'firstReviewLaterReason',
        'nextReviewDueDate',
        'nextReviewLaterReason',
        'submittedAt',
        'approvedAt',
      ),
      children: { lines: list(PLAN_LINES) },
    },
  ],
  [
    'SupportPlanLine',
    {
      model: 'SupportPlanLine',
      leaves: {
        ...own(
          'position',
          'description',
          'serviceType',
          'serviceComponent',
          'deliveryMechanism',
          'fundingSource',
          'status',
          'unitCostPence',
          'costFrequency',
          'plannedUnitsPerWeekHundredths',
          'weeklyCostPence',
          'startDate',
          'endDate',
        ),
        annualCostPence: ['unitCostPence', 'costFrequency', 'plannedUnitsPerWeekHundredths'],
      },
      children: {},
    },
  ],
  [
    'DirectPaymentAgreement',
    {
      model: 'DirectPaymentAgreement',
      leaves: {
        ...own(
          'id',
          'recipientType',
          'legalBasis',
          'accountType',
          'paymentBasis',
          'paymentFrequency',
          'contributionFrequency',
          'weeklyGrossPence',
          'weeklyContributionPence',
          'signedDate',
          'startDate',
          'endDate',
          'status',
          'terminationReason',
          'firstReviewDueDate',
        ),
        hasRepresentative: ['representativeId'],
        maskedAccountRef: ['accountRef'],
        weeklyNetPence: weeklyAmounts,
        contingencyWeeks: ['contingencyWeeksHundredths'],
        contingencyAllowancePence: weeklyAmounts,
      },
      children: { transactions: connection(LEDGER_ENTRIES) },
    },
  ],
  [
    'AccountTransaction',
    {
      model: 'AccountTransaction',
      leaves: own(
        'id',
        'kind',
        'postedDate',
        'amountPence',
        'counterpartyName',
        'counterpartyType',
        'spendCategory',
        'flag',
      ),
      children: {},
    },
  ],
]);
