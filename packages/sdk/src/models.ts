/**
 * Named data types of the SDK's composed person reads (`people.get`, `getCase`, `getJourney`):
 * each is the generated type of a fragment or document in src/operations/, never a server or
 * database type. Every other method's types come from its generated document; name them with
 * `MethodResult` and `MethodInput`, or take the schema's types from `Schema`.
 */
import type {
  DirectPaymentAgreementFieldsFragment,
  PersonalBudgetFieldsFragment,
  PersonFieldsFragment,
  PersonJourneyQuery,
  SupportPlanFieldsFragment,
} from './generated/types/graphql.ts';

export type {
  AccommodationStatus,
  ClientType,
  DeliveryMechanism,
  DeploymentMode,
  DirectPaymentAgreementStatus,
  ErrorCode,
  Ethnicity,
  Gender,
  MentalCapacityForDp,
  PeopleFilter,
  PersonalBudgetStatus,
  PrimarySupportReason,
  ServiceComponent,
  ServiceType,
  SupportPlanStatus,
} from './generated/types/graphql.ts';

/** What a client method resolves to, e.g. `MethodResult<OpenPbClient['supportPlans']['approve']>`. */
export type MethodResult<M extends (...args: never[]) => unknown> = Awaited<ReturnType<M>>;

/** A client method's first argument: a mutation's input, a query's variables. */
export type MethodInput<M extends (...args: never[]) => unknown> = Parameters<M>[0];

/** A person as listed: every field except their budgets. */
export type PersonSummary = PersonFieldsFragment;

/** One version of a personal budget; amounts are integer pence. */
export type PersonalBudget = PersonalBudgetFieldsFragment;

/** How part of a budget is taken, with its CLD delivery mechanism. */
export type BudgetDeployment = PersonalBudget['deployments'][number];

/** A person with all their personal budgets, newest first. */
export type Person = PersonSummary & { readonly personalBudgets: readonly PersonalBudget[] };

/** A support plan version with its outcomes, costed lines and its cost against the budget. */
export type SupportPlan = SupportPlanFieldsFragment;

/** One costed line of a support plan; amounts are integer pence. */
export type SupportPlanLine = SupportPlan['lines'][number];

/** What a person wants to achieve, in their own words. */
export type SupportPlanOutcome = SupportPlan['outcomes'][number];

/** A plan's weekly and annual cost, its signed-off annual budget and the difference. */
export type SupportPlanCosts = SupportPlan['costs'];

/** A direct payment agreement with the summary of its account statement for the asked period. */
export type DirectPaymentAgreement = DirectPaymentAgreementFieldsFragment;

/**
 * An account statement's figures for a period: opening and closing balance, contingency
 * allowance, surplus and the recoverable amount (I-12).
 */
export type DirectPaymentStatementSummary = DirectPaymentAgreement['statement'];

/**
 * A person as council staff see their case: the person with their budgets, the current support
 * plan and their direct payment agreements.
 */
export type PersonCase = Person & {
  /** The newest APPROVED support plan version, or null if none is approved. */
  readonly currentSupportPlan: SupportPlan | null;
  /** Direct payment agreements, latest start first (at most 20). */
  readonly directPaymentAgreements: readonly DirectPaymentAgreement[];
};

/**
 * A person's journey (`people.getJourney`): name, timeline (newest first) and the assessments,
 * plan versions, personal budgets and direct payment agreements its next steps act on.
 */
export type PersonJourney = Omit<
  Extract<NonNullable<PersonJourneyQuery['node']>, { readonly __typename: 'Person' }>,
  '__typename'
>;
