import { type DependencyList, useEffect, useState } from 'react';

export type RequestState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly data: T }
  | { readonly status: 'failed'; readonly error: unknown };

const sameDeps = (a: DependencyList, b: DependencyList) =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * Runs `load` whenever `deps` change, aborting the previous run, and reports its state.
 * Results of an aborted run are ignored. With `keepData`, a reload (a live update, D96) keeps
 * what is on screen (the data, or a refusal) until the new answer arrives rather than showing
 * it loading again. Without it, the render in which `deps` change already reports loading, so
 * the previous answer is never shown as the answer to the new request.
 */
export function useRequest<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  { keepData = false }: { readonly keepData?: boolean } = {},
): RequestState<T> {
  const [state, setState] = useState<{
    readonly deps: DependencyList;
    readonly value: RequestState<T>;
  }>({ deps, value: { status: 'loading' } });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) =>
      keepData && previous.value.status !== 'loading'
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
  }, deps);
  return keepData || sameDeps(state.deps, deps) ? state.value : { status: 'loading' };
}
