import type * as Models from '../generated/prisma/index.js';
import { Prisma } from '../generated/prisma/index.js';

/** A JSON column's value as the generator builds it; writers serialise it. */
export type JsonDocument = object;

/**
 * A row as the generator writes it: the model's columns, with business dates as `YYYY-MM-DD`,
 * timestamps as ISO strings and JSON columns as plain objects.
 */
export type Row<M> = {
  [K in keyof M]: Prisma.JsonValue extends M[K]
    ? JsonDocument | null
    : M[K] extends Date
      ? string
      : M[K] extends Date | null
        ? string | null
        : M[K];
};

/** Every table the synthetic data set fills, keyed by a short name, with its row type. */
export interface TableRows {
  council: Row<Models.Council>;
  councilPolicy: Row<Models.CouncilPolicy>;
  organisation: Row<Models.Organisation>;
  apiClient: Row<Models.ApiClient>;
  staffMember: Row<Models.StaffMember>;
  person: Row<Models.Person>;
  representative: Row<Models.Representative>;
  request: Row<Models.Request>;
  assessment: Row<Models.Assessment>;
  financialAssessment: Row<Models.FinancialAssessment>;
  indicativeBudget: Row<Models.IndicativeBudget>;
  supportPlan: Row<Models.SupportPlan>;
  supportPlanLine: Row<Models.SupportPlanLine>;
  personalBudget: Row<Models.PersonalBudget>;
  budgetDeployment: Row<Models.BudgetDeployment>;
  allocation: Row<Models.Allocation>;
  directPaymentAgreement: Row<Models.DirectPaymentAgreement>;
  directPayment: Row<Models.DirectPayment>;
  directPaymentAudit: Row<Models.DirectPaymentAudit>;
  recovery: Row<Models.Recovery>;
  accountTransaction: Row<Models.AccountTransaction>;
  paEmployment: Row<Models.PaEmployment>;
  review: Row<Models.Review>;
  safeguardingConcern: Row<Models.SafeguardingConcern>;
  carerLink: Row<Models.CarerLink>;
  delegation: Row<Models.Delegation>;
  spendSubmission: Row<Models.SpendSubmission>;
}

export type TableName = keyof TableRows;

export interface TableSpec<T extends TableName> {
  /** The PostgreSQL table. */
  readonly sqlName: string;
  /** Row fields in column order; the column is the field in snake_case. */
  readonly fields: readonly (keyof TableRows[T] & string)[];
  /** The fields that are PostgreSQL text arrays (text[]), not JSON. */
  readonly textArrays: ReadonlySet<string>;
}

function spec<T extends TableName>(
  sqlName: string,
  scalarFields: { readonly [K in keyof TableRows[T] & string]: string },
  textArrays: readonly (keyof TableRows[T] & string)[] = [],
): TableSpec<T> {
  return {
    sqlName,
    fields: Object.keys(scalarFields) as (keyof TableRows[T] & string)[],
    textArrays: new Set(textArrays),
  };
}

/** Tables in insert order (every table after the tables it references). */
export const TABLES: { readonly [T in TableName]: TableSpec<T> } = {
  council: spec('council', Prisma.CouncilScalarFieldEnum),
  councilPolicy: spec('council_policy', Prisma.CouncilPolicyScalarFieldEnum),
  organisation: spec('organisation', Prisma.OrganisationScalarFieldEnum),
  apiClient: spec('api_client', Prisma.ApiClientScalarFieldEnum),
  staffMember: spec('staff_member', Prisma.StaffMemberScalarFieldEnum),
  person: spec('person', Prisma.PersonScalarFieldEnum),
  representative: spec('representative', Prisma.RepresentativeScalarFieldEnum),
  // before the plans and ledger entries an app submitted under it
  delegation: spec('delegation', Prisma.DelegationScalarFieldEnum, ['scopes']),
  request: spec('request', Prisma.RequestScalarFieldEnum),
  assessment: spec('assessment', Prisma.AssessmentScalarFieldEnum),
  financialAssessment: spec('financial_assessment', Prisma.FinancialAssessmentScalarFieldEnum),
  indicativeBudget: spec('indicative_budget', Prisma.IndicativeBudgetScalarFieldEnum),
  supportPlan: spec('support_plan', Prisma.SupportPlanScalarFieldEnum),
  supportPlanLine: spec('support_plan_line', Prisma.SupportPlanLineScalarFieldEnum),
  personalBudget: spec('personal_budget', Prisma.PersonalBudgetScalarFieldEnum),
  budgetDeployment: spec('budget_deployment', Prisma.BudgetDeploymentScalarFieldEnum),
  allocation: spec('allocation', Prisma.AllocationScalarFieldEnum),
  directPaymentAgreement: spec(
    'direct_payment_agreement',
    Prisma.DirectPaymentAgreementScalarFieldEnum,
  ),
  directPayment: spec('direct_payment', Prisma.DirectPaymentScalarFieldEnum),
  directPaymentAudit: spec('direct_payment_audit', Prisma.DirectPaymentAuditScalarFieldEnum),
  recovery: spec('recovery', Prisma.RecoveryScalarFieldEnum),
  accountTransaction: spec('account_transaction', Prisma.AccountTransactionScalarFieldEnum),
  paEmployment: spec('pa_employment', Prisma.PaEmploymentScalarFieldEnum),
  review: spec('review', Prisma.ReviewScalarFieldEnum),
  safeguardingConcern: spec('safeguarding_concern', Prisma.SafeguardingConcernScalarFieldEnum),
  carerLink: spec('carer_link', Prisma.CarerLinkScalarFieldEnum),
  spendSubmission: spec('spend_submission', Prisma.SpendSubmissionScalarFieldEnum),
};

export const TABLE_NAMES = Object.keys(TABLES) as TableName[];

/** The column of a row field: `laPersonId` → `la_person_id`. */
export function columnOf(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}
