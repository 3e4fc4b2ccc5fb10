/**
 * The SDK's public data types. Every one is the generated type of a named operation or fragment
 * (src/operations/*.ts), never a server or database type.
 */
import type {
  AccommodationStatus,
  ClientType,
  CreatePersonInput,
  CreatePersonMutation,
  DeliveryMechanism,
  DeploymentMode,
  DirectPaymentAgreementFieldsFragment,
  DirectPaymentAgreementStatus,
  ErrorCode,
  Ethnicity,
  Gender,
  MentalCapacityForDp,
  PeopleFilter,
  PersonalBudgetFieldsFragment,
  PersonalBudgetStatus,
  PersonFieldsFragment,
  PrimarySupportReason,
  ProposeSupportPlanInput,
  ProposeSupportPlanMutation,
  ServiceComponent,
  ServiceType,
  SubmitSpendInput,
  SubmitSpendMutation,
  SupportPlanFieldsFragment,
  SupportPlanStatus,
  ViewerQuery,
} from './generated/graphql.ts';

export type {
  AccommodationStatus,
  ClientType,
  CreatePersonInput,
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
  ProposeSupportPlanInput,
  ServiceComponent,
  ServiceType,
  SubmitSpendInput,
  SupportPlanStatus,
};

/** A person as listed: every field except their budgets. */
export type PersonSummary = PersonFieldsFragment;

/** One version of a personal budget; amounts are integer pence. */
export type PersonalBudget = PersonalBudgetFieldsFragment;

/** How part of a budget is taken, with its CLD delivery mechanism. */
export type BudgetDeployment = PersonalBudget['deployments'][number];

/** A person with all their personal budgets, newest first. */
export type Person = PersonSummary & { readonly personalBudgets: readonly PersonalBudget[] };

/** The signed-in caller and their council. */
export type Viewer = ViewerQuery['viewer'];

/** A mutation's union of results, its success member named `Success`. */
type SuccessOf<Outcome, Success extends string> = Extract<Outcome, { __typename: Success }>;

/** A mutation's typed business failures: every member of its union but the success. */
type FailureOf<Outcome, Success extends string> = Exclude<Outcome, { __typename: Success }>;

/** What the SDK returns for a mutation: business failures are results, not exceptions. */
type MutationResult<Key extends string, Payload, Failure> =
  | ({ readonly ok: true } & { readonly [K in Key]: Payload })
  | { readonly ok: false; readonly error: Failure };

type CreatePersonOutcome = CreatePersonMutation['createPerson'];

/** A business failure of `people.create`: a `ValidationError` (with `issues`) or `ConflictError`. */
export type CreatePersonError = FailureOf<CreatePersonOutcome, 'MutationCreatePersonSuccess'>;

/** The outcome of `people.create`. */
export type CreatePersonResult = MutationResult<'person', PersonSummary, CreatePersonError>;

type ProposeSupportPlanOutcome = ProposeSupportPlanMutation['proposeSupportPlan'];

/** A plan version a third-party app proposed: its id (a `SupportPlan`), version and status. */
export type SupportPlanProposal = SuccessOf<
  ProposeSupportPlanOutcome,
  'MutationProposeSupportPlanSuccess'
>['proposal'];

/**
 * A refusal or business failure of `delegatedPeople.proposeSupportPlan`: `ForbiddenError` (the
 * delegation lacks PROPOSE_PLAN), `NotFoundError` (no delegation in force), `ValidationError`,
 * `RuleViolationError` or `ConflictError` (an open draft).
 */
export type ProposeSupportPlanError = FailureOf<
  ProposeSupportPlanOutcome,
  'MutationProposeSupportPlanSuccess'
>;

/** The outcome of `delegatedPeople.proposeSupportPlan`. */
export type ProposeSupportPlanResult = MutationResult<
  'proposal',
  SupportPlanProposal,
  ProposeSupportPlanError
>;

type SubmitSpendOutcome = SubmitSpendMutation['submitSpend'];

/** Spend recorded for a delegating person: its ledger entry id and what was recorded. */
export type SpendSubmission = SuccessOf<SubmitSpendOutcome, 'MutationSubmitSpendSuccess'>['spend'];

/**
 * A refusal or business failure of `delegatedPeople.submitSpend`: `ForbiddenError`,
 * `NotFoundError`, `ValidationError`, `RuleViolationError` (e.g. a positive amount),
 * `InvalidStateError` (the agreement is not active) or `ConflictError` (the key was reused).
 */
export type SubmitSpendError = FailureOf<SubmitSpendOutcome, 'MutationSubmitSpendSuccess'>;

/** The outcome of `delegatedPeople.submitSpend`. */
export type SubmitSpendResult = MutationResult<'spend', SpendSubmission, SubmitSpendError>;

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
