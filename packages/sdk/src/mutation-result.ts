/** The success member of a mutation's result union: by the API's convention, `…Success` (D3). */
type SuccessOf<Outcome> = Extract<Outcome, { readonly __typename: `${string}Success` }>;

/** A mutation's typed business failures: every other member (each implements `Error`). */
export type MutationFailure<Outcome> = Exclude<
  Outcome,
  { readonly __typename: `${string}Success` }
>;

/** What a mutation returned on success: its success member without `__typename`. */
export type MutationData<Outcome> = Omit<SuccessOf<Outcome>, '__typename'>;

/**
 * What every mutation method returns: business failures (invalid input, a broken rule, a
 * conflict, a refusal) are results, not exceptions. `requestId` is the server's id for the request.
 */
export type MutationResult<Outcome> =
  | {
      readonly ok: true;
      readonly data: MutationData<Outcome>;
      readonly requestId: string | undefined;
    }
  | {
      readonly ok: false;
      readonly error: MutationFailure<Outcome>;
      readonly requestId: string | undefined;
    };

const SUCCESS = /Success$/;

/** Splits a mutation's result union into the `ok` result. */
export function mutationResult<Outcome extends { readonly __typename: string }>(
  outcome: Outcome,
  requestId: string | undefined,
): MutationResult<Outcome> {
  if (SUCCESS.test(outcome.__typename)) {
    const { __typename: _typename, ...data } = outcome;
    return { ok: true, data: data as unknown as MutationData<Outcome>, requestId };
  }
  return { ok: false, error: outcome as MutationFailure<Outcome>, requestId };
}
