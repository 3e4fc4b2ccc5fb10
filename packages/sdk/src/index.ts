// The public API of @openpb/sdk, exported by name.
export {
  type ClientCredentialsOptions,
  type ClientCredentialsToken,
  type ClientCredentialsTokenProviderOptions,
  clientCredentialsTokenProvider,
  signInWithClientCredentials,
} from './auth/client-credentials.ts';
export {
  type BaseClient,
  type ClientWith,
  type CustomRequestOptions,
  createClientWith,
  type ResourceDefinition,
  type ResourceFactory,
} from './base-client.ts';
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
export type {
  AsOfParams,
  CldPeriodParams,
  CsvExportName,
  CsvExportParams,
  IsoDate,
  PeriodParams,
} from './exports/csv-export-params.ts';
export { type CsvExport, type CsvExports, csvExportsResource } from './exports/csv-exports.ts';
export type { FetchInit, FetchLike, FetchResponse } from './fetch-like.ts';
/** Every type of the API's schema (inputs, enums, objects), generated from schema.graphql. */
export type * as Schema from './generated/types/graphql.ts';
/** The SDK's own typed documents for `client.request` (in its trusted-documents manifest). */
export {
  PersonJourneyDocument,
  type PersonJourneyQuery,
} from './generated/types/graphql.ts';
export type {
  ExecuteOptions,
  GraphQLDocument,
  GraphQLResponse,
  GraphQLTransport,
  TextResponse,
} from './graphql-transport.ts';
export type {
  AccommodationStatus,
  BudgetDeployment,
  ClientType,
  DeliveryMechanism,
  DeploymentMode,
  DirectPaymentAgreement,
  DirectPaymentAgreementStatus,
  DirectPaymentStatementSummary,
  ErrorCode,
  Ethnicity,
  Gender,
  MentalCapacityForDp,
  MethodInput,
  MethodResult,
  PeopleFilter,
  Person,
  PersonalBudget,
  PersonalBudgetStatus,
  PersonCase,
  PersonJourney,
  PersonSummary,
  PrimarySupportReason,
  ServiceComponent,
  ServiceType,
  SupportPlan,
  SupportPlanCosts,
  SupportPlanLine,
  SupportPlanOutcome,
  SupportPlanStatus,
} from './models.ts';
export type { MutationData, MutationFailure, MutationResult } from './mutation-result.ts';
export type { AnyOperation, Operation } from './operation.ts';
export type { ListOptions } from './pagination/list-options.ts';
export type { Page, PageInfo } from './pagination/page.ts';
export type { PaginatedList } from './pagination/paginated-list.ts';
export type { RequestOptions } from './request-options.ts';
export type { ListArguments, NodeOf, Resource } from './resource.ts';
export type { GetPersonCaseOptions, PersonReads } from './resources/person-reads.ts';
export {
  type DomainEvent,
  type SubscribeOptions,
  subscribe,
  subscribeToDomainEvents,
} from './subscriptions/subscribe.ts';
export {
  SIGNATURE_HEADER,
  sign as signWebhookPayload,
  type VerifyOptions,
  type WebhookEvent,
  WebhookSignatureError,
  webhooks,
} from './webhooks/webhooks.ts';
