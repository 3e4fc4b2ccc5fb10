/**
 * The type a generated document string carries: the result and variables of its operation.
 * Structurally the same as `DocumentTypeDecoration` of `@graphql-typed-document-node/core`, which
 * the generated code would otherwise import (see codegen.ts).
 */
export interface DocumentTypeDecoration<TResult, TVariables> {
  __apiType?: (variables: TVariables) => TResult;
}

/** The result type of a generated document. */
export type ResultOf<D> = D extends DocumentTypeDecoration<infer R, infer _V> ? R : never;

/** The variables type of a generated document. */
export type VariablesOf<D> = D extends DocumentTypeDecoration<infer _R, infer V> ? V : never;
