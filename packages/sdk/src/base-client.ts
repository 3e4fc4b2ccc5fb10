import { type ClientOptions, resolveClientOptions } from './client-options.ts';
import { clientMethods } from './generated/resources/client-methods.ts';
import {
  createGraphQLTransport,
  type GraphQLDocument,
  type GraphQLResponse,
  type GraphQLTransport,
} from './graphql-transport.ts';
import type { AnyOperation } from './operation.ts';
import type { RequestOptions } from './request-options.ts';
import { bindResource, type Resource } from './resource.ts';

export interface CustomRequestOptions extends RequestOptions {
  /**
   * Retry transient failures (network errors, timeouts, HTTP 429 and 5xx). Default: for queries
   * only; pass true for a mutation only when its input carries an idempotency key.
   */
  readonly retry?: boolean;
}

/** What every client has: who you are, any node by id, and your own typed documents. */
export type BaseClient = Resource<typeof clientMethods> & {
  /**
   * Runs your own typed document (from graphql-codegen's client preset, or any object whose
   * `toString()` is the operation text), returning its data and the request id. An API in
   * trusted-documents mode (D10) runs only documents in its manifest.
   */
  request<TResult, TVariables>(
    document: GraphQLDocument<TResult, TVariables>,
    variables: TVariables,
    options?: CustomRequestOptions,
  ): Promise<GraphQLResponse<TResult>>;
};

const MUTATION = /^\s*(?:#[^\n]*\n\s*)*mutation\b/;

export function baseClient(transport: GraphQLTransport): BaseClient {
  return {
    ...bindResource(transport, clientMethods),
    request: (document, variables, options) =>
      transport.execute(document, variables, {
        ...options,
        retry: options?.retry ?? !MUTATION.test(document.toString()),
      }),
  };
}

/** A namespace made from the client's transport rather than from operations (`csvExportsResource`). */
export type ResourceFactory<M = unknown> = (transport: GraphQLTransport) => M;

/** What `createClientWith` takes per namespace: generated operations, or a factory. */
export type ResourceDefinition = Record<string, AnyOperation> | ResourceFactory;

/** A client with the base methods and exactly the resources you pass. */
export type ClientWith<R extends Record<string, ResourceDefinition>> = BaseClient & {
  readonly [K in keyof R]: R[K] extends ResourceFactory<infer M> ? M : Resource<R[K]>;
};

/**
 * A client with only the resources you pass, so that a bundler leaves out the rest (the whole
 * client is `createClient`). Throws `TypeError` on unknown or invalid options.
 *
 * @example
 * import { createClientWith } from '@openpb/sdk';
 * import { supportPlansResource } from '@openpb/sdk/resources/supportPlans';
 * const client = createClientWith({ url, token }, { supportPlans: supportPlansResource });
 * await client.supportPlans.approve({ planId });
 * // CSV exports: import { csvExportsResource } from '@openpb/sdk'; { exports: csvExportsResource }
 */
export function createClientWith<R extends Record<string, ResourceDefinition>>(
  options: ClientOptions,
  resources: R,
): ClientWith<R> {
  const transport = createGraphQLTransport(resolveClientOptions(options));
  const bound: Record<string, unknown> = {};
  for (const [name, definition] of Object.entries(resources)) {
    bound[name] =
      typeof definition === 'function'
        ? definition(transport)
        : bindResource(transport, definition);
  }
  return Object.freeze({ ...baseClient(transport), ...bound }) as ClientWith<R>;
}
