/**
 * GraphQL types whose records are personal (special-category) data: every read of one is
 * audited. A new type holding personal data must be added here; the attack tests list the
 * schema's types and fail on a type that is neither here nor in NON_PERSONAL_TYPES.
 */
export const PERSONAL_DATA_TYPES: ReadonlySet<string> = new Set([
  'Delegation',
  'Representative',
  'Person',
  'PersonalBudget',
  'BudgetDeployment',
  'SupportPlan',
  'SupportPlanLine',
  'IndicativeBudget',
  'Request',
  'Assessment',
  'Review',
  'SafeguardingConcern',
  'Allocation',
  'DirectPaymentAgreement',
  'DirectPayment',
  'AccountTransaction',
  'SpendSubmission',
  'DirectPaymentAudit',
  'Recovery',
  'PaEmployment',
  'MentalCapacityAssessment',
  'CarerLink',
  'PersonDetailChange',
]);
