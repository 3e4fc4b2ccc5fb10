import type { GraphQLTransport } from './graphql-transport.ts';
import { newIdempotencyKey } from './idempotency-key.ts';
import { type MutationResult, mutationResult } from './mutation-result.ts';
import type { AnyOperation, Operation } from './operation.ts';
import { type ListOptions, pageRequestOptions, pageSizeOf } from './pagination/list-options.ts';
import type { PageInfo } from './pagination/page.ts';
import { createPaginatedList, type PaginatedList } from './pagination/paginated-list.ts';
import type { RequestOptions } from './request-options.ts';

type PagingArguments = 'first' | 'after' | 'before' | 'last';

/** A connection's arguments other than paging (a filter, a period). */
export type ListArguments<V> = Omit<V, PagingArguments>;

/** The node type of a connection's result. */
export type NodeOf<C> = C extends { readonly edges: ReadonlyArray<{ readonly node: infer N }> }
  ? N
  : never;

/** A mutation's `input`; an `idempotencyKey` in it is optional (the SDK makes one). */
type InputOf<V, Idempotent extends boolean> = V extends { input: infer I }
  ? Idempotent extends true
    ? Omit<I, 'idempotencyKey'> & { readonly idempotencyKey?: string }
    : I
  : never;

/** An object type all of whose properties are optional. */
type AllOptional<V> = Partial<V> extends V ? true : false;

type FieldOf<R, F> = F extends keyof R ? R[F] : never;

type Method<O> =
  O extends Operation<'query', infer R, infer V, infer F, infer A>
    ? A extends true
      ? AllOptional<V> extends true
        ? (variables?: V, options?: RequestOptions) => Promise<FieldOf<R, F>>
        : (variables: V, options?: RequestOptions) => Promise<FieldOf<R, F>>
      : (options?: RequestOptions) => Promise<FieldOf<R, F>>
    : O extends Operation<'connection', infer R, infer V, infer F, infer A>
      ? A extends true
        ? AllOptional<ListArguments<V>> extends true
          ? (
              arguments_?: ListArguments<V>,
              options?: ListOptions,
            ) => PaginatedList<NodeOf<FieldOf<R, F>>>
          : (
              arguments_: ListArguments<V>,
              options?: ListOptions,
            ) => PaginatedList<NodeOf<FieldOf<R, F>>>
        : (options?: ListOptions) => PaginatedList<NodeOf<FieldOf<R, F>>>
      : O extends Operation<'mutation', infer R, infer V, infer F, infer I>
        ? (input: InputOf<V, I>, options?: RequestOptions) => Promise<MutationResult<FieldOf<R, F>>>
        : never;

/** The methods of a resource definition (src/generated/resources/*.ts). */
export type Resource<D> = { readonly [K in keyof D]: Method<D[K]> };

interface ConnectionResult {
  readonly edges: readonly { readonly node: unknown }[];
  readonly pageInfo: PageInfo;
}

type Untyped = Operation<
  'query' | 'connection' | 'mutation',
  Record<string, unknown>,
  Record<string, unknown>,
  string,
  boolean
>;

function methodOf(transport: GraphQLTransport, operation: Untyped): (...args: never[]) => unknown {
  const { document, field } = operation;
  if (operation.kind === 'query') {
    return async (...args: unknown[]) => {
      const [variables, options] = operation.flag ? args : [{}, args[0]];
      const response = await transport.execute(
        document,
        (variables ?? {}) as Record<string, unknown>,
        {
          ...(options as RequestOptions | undefined),
          retry: true,
        },
      );
      return response.data[field];
    };
  }
  if (operation.kind === 'connection') {
    return (...args: unknown[]) => {
      const [variables, options] = (operation.flag ? args : [{}, args[0]]) as [
        Record<string, unknown> | undefined,
        ListOptions | undefined,
      ];
      const first = pageSizeOf(options);
      const requestOptions = { ...pageRequestOptions(options), retry: true };
      return createPaginatedList(async (after) => {
        const response = await transport.execute(
          document,
          { ...variables, first, after },
          requestOptions,
        );
        const { edges, pageInfo } = response.data[field] as ConnectionResult;
        return { items: edges.map((edge) => edge.node), pageInfo, requestId: response.requestId };
      }, options?.after ?? null);
    };
  }
  return async (input: Record<string, unknown>, options?: RequestOptions) => {
    const idempotent = operation.flag;
    const sent =
      idempotent && input.idempotencyKey === undefined
        ? { ...input, idempotencyKey: newIdempotencyKey() }
        : input;
    const response = await transport.execute(
      document,
      { input: sent },
      { ...options, retry: idempotent },
    );
    return mutationResult(response.data[field] as { __typename: string }, response.requestId);
  };
}

/** Binds a resource definition's operations to a transport, as methods. */
export function bindResource<D extends Record<string, AnyOperation>>(
  transport: GraphQLTransport,
  definition: D,
): Resource<D> {
  const methods: Record<string, unknown> = {};
  for (const [name, operation] of Object.entries(definition)) {
    methods[name] = methodOf(transport, operation as unknown as Untyped);
  }
  return Object.freeze(methods) as Resource<D>;
}
