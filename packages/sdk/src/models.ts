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
  ErrorCode,
  Ethnicity,
  Gender,
  MentalCapacityForDp,
  PeopleFilter,
  PersonalBudgetFieldsFragment,
  PersonalBudgetStatus,
  PersonFieldsFragment,
  PrimarySupportReason,
  ViewerQuery,
} from './generated/graphql.ts';

export type {
  AccommodationStatus,
  ClientType,
  CreatePersonInput,
  DeliveryMechanism,
  DeploymentMode,
  ErrorCode,
  Ethnicity,
  Gender,
  MentalCapacityForDp,
  PeopleFilter,
  PersonalBudgetStatus,
  PrimarySupportReason,
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

type CreatePersonOutcome = CreatePersonMutation['createPerson'];

/** A business failure of `people.create`: a `ValidationError` (with `issues`) or `ConflictError`. */
export type CreatePersonError = Exclude<
  CreatePersonOutcome,
  { __typename: 'MutationCreatePersonSuccess' }
>;

/** The outcome of `people.create`; business failures are results, not exceptions. */
export type CreatePersonResult =
  | { readonly ok: true; readonly person: PersonSummary }
  | { readonly ok: false; readonly error: CreatePersonError };
