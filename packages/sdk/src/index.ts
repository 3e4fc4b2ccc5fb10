// The public API of @openpb/sdk, exported by name.
export {
  type ClientCredentialsOptions,
  type ClientCredentialsToken,
  type ClientCredentialsTokenProviderOptions,
  clientCredentialsTokenProvider,
  signInWithClientCredentials,
} from './auth/client-credentials.ts';
export type { ClientOptions, TokenSource } from './client-options.ts';
export { createClient, type OpenPbClient } from './create-client.ts';
export {
  type DevelopmentEndpointOptions,
  listPersonas,
  type Persona,
  type SignInAsPersonaOptions,
  signInAsPersona,
} from './development/persona-sign-in.ts';
export type { GraphQLErrorItem } from './errors/graphql-error-item.ts';
export { OpenPbError, type OpenPbErrorCode } from './errors/openpb-error.ts';
export { OpenPbGraphQLError } from './errors/openpb-graphql-error.ts';
export { OpenPbHttpError, type OpenPbHttpErrorCode } from './errors/openpb-http-error.ts';
export { OpenPbNetworkError, type OpenPbNetworkErrorCode } from './errors/openpb-network-error.ts';
export type { FetchInit, FetchLike, FetchResponse } from './fetch-like.ts';
export type {
  AccommodationStatus,
  BudgetDeployment,
  ClientType,
  CreatePersonError,
  CreatePersonInput,
  CreatePersonResult,
  DeliveryMechanism,
  DeploymentMode,
  DirectPaymentAgreement,
  DirectPaymentAgreementStatus,
  DirectPaymentStatementSummary,
  ErrorCode,
  Ethnicity,
  Gender,
  MentalCapacityForDp,
  PeopleFilter,
  Person,
  PersonalBudget,
  PersonalBudgetStatus,
  PersonCase,
  PersonSummary,
  PrimarySupportReason,
  ProposeSupportPlanError,
  ProposeSupportPlanInput,
  ProposeSupportPlanResult,
  ServiceComponent,
  ServiceType,
  SpendSubmission,
  SubmitSpendError,
  SubmitSpendInput,
  SubmitSpendResult,
  SupportPlan,
  SupportPlanCosts,
  SupportPlanLine,
  SupportPlanOutcome,
  SupportPlanProposal,
  SupportPlanStatus,
  Viewer,
} from './models.ts';
export type { Page, PageInfo } from './pagination/page.ts';
export type { PaginatedList } from './pagination/paginated-list.ts';
export type { RequestOptions } from './request-options.ts';
export type { DelegatedPeopleResource } from './resources/delegated-people.ts';
export type {
  GetPersonCaseOptions,
  ListPeopleOptions,
  PeopleResource,
} from './resources/people.ts';
