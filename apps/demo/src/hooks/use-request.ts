import { type DependencyList, useEffect, useState } from 'react';

export type RequestState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly data: T }
  | { readonly status: 'failed'; readonly error: unknown };

const sameDeps = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * Runs `load` whenever `deps` or `reloadOn` change, aborting the previous run, and reports its
 * state. Results of an aborted run are ignored.
 *
 * `deps` say what is asked: the render in which they change already reports loading, so the
 * previous answer is never shown as the answer to a new request. `reloadOn` asks the same again
 * (a live update or Refresh, D96): what is on screen (the data, or a refusal) stays, and so do
 * the forms and the steps opened on it, until the new answer replaces it.
 */
export function useRequest<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  { reloadOn = [] }: { readonly reloadOn?: DependencyList } = {},
): RequestState<T> {
  const [state, setState] = useState<{
    readonly deps: DependencyList;
    readonly value: RequestState<T>;
  }>({ deps, value: { status: 'loading' } });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) =>
      sameDeps(previous.deps, deps) && previous.value.status !== 'loading'
        ? previous
        : { deps, value: { status: 'loading' } },
    );
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ deps, value: { status: 'done', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ deps, value: { status: 'failed', error } });
      },
    );
    return () => controller.abort();
  }, [...deps, ...reloadOn]);
  return sameDeps(state.deps, deps) ? state.value : { status: 'loading' };
}
