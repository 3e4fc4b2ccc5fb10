import type { GraphQLDocument } from './graphql-transport.ts';

/**
 * What the SDK knows of one root field: its generated document, the field it reads from the
 * response and how the method calling it behaves. src/generated/resources/ holds one per field.
 */
export interface Operation<
  Kind extends 'query' | 'connection' | 'mutation',
  TResult,
  TVariables,
  TField extends string,
  Flag extends boolean,
> {
  readonly kind: Kind;
  readonly document: GraphQLDocument<TResult, TVariables>;
  readonly field: TField;
  /**
   * Queries and connections: whether the field takes arguments besides paging (otherwise the
   * method takes only call options). Mutations: whether the input has an `idempotencyKey`, which
   * the SDK fills in when left out and which makes the mutation safe to retry.
   */
  readonly flag: Flag;
}

/** Any operation: a document's variables are contravariant, so `never` accepts every one. */
export type AnyOperation = Operation<
  'query' | 'connection' | 'mutation',
  unknown,
  never,
  string,
  boolean
>;

/** A query answered by one request (a record, a figure, a report without paging). */
export function query<R, V, F extends keyof R & string, A extends boolean>(
  document: GraphQLDocument<R, V>,
  field: F,
  takesArguments: A,
): Operation<'query', R, V, F, A> {
  return { kind: 'query', document, field, flag: takesArguments };
}

/** A query returning a Relay connection: a list of pages, awaitable and async-iterable. */
export function connection<R, V, F extends keyof R & string, A extends boolean>(
  document: GraphQLDocument<R, V>,
  field: F,
  takesArguments: A,
): Operation<'connection', R, V, F, A> {
  return { kind: 'connection', document, field, flag: takesArguments };
}

/** A mutation with one `input` argument, returning its result union (D3). */
export function mutation<R, V, F extends keyof R & string, I extends boolean = false>(
  document: GraphQLDocument<R, V>,
  field: F,
  idempotent?: I,
): Operation<'mutation', R, V, F, I> {
  return { kind: 'mutation', document, field, flag: (idempotent ?? false) as I };
}
