import { type DependencyList, useEffect, useState } from 'react';

export type RequestState<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly data: T }
  | { readonly status: 'failed'; readonly error: unknown };

/**
 * Runs `load` whenever `deps` change, aborting the previous run, and reports its state.
 * Results of an aborted run are ignored. With `keepData`, a reload (a live update, D96) keeps
 * what is on screen (the data, or a refusal) until the new answer arrives rather than showing
 * it loading again.
 */
export function useRequest<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
  { keepData = false }: { readonly keepData?: boolean } = {},
): RequestState<T> {
  const [state, setState] = useState<RequestState<T>>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    setState((previous) =>
      keepData && previous.status !== 'loading' ? previous : { status: 'loading' },
    );
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'done', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, deps);
  return state;
}
