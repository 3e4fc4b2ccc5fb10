/**
 * Properties every lifecycle must have, checked with fast-check over random action sequences (for
 * the lifecycles' own tests): an action either moves the record to a status of the lifecycle or is
 * refused with STATUS_TRANSITION_NOT_ALLOWED and leaves it where it was; no action leaves a
 * terminal status; and every status is reachable from the first one.
 */
import fc from 'fast-check';
import { allowedActions, type Lifecycle, transition } from './transition.ts';

/** Runs `actions` from `start`, returning every status the record passed through. */
export function walk<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  start: S,
  actions: readonly A[],
): readonly S[] {
  const visited: S[] = [start];
  let status = start;
  for (const action of actions) {
    const next = transition(lifecycle, status, action);
    if (next.ok) status = next.status;
    else if (next.violation.code !== 'STATUS_TRANSITION_NOT_ALLOWED') {
      throw new Error(`unexpected code ${next.violation.code}`);
    }
    visited.push(status);
  }
  return visited;
}

export function actionSequences<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
): fc.Arbitrary<A[]> {
  return fc.array(fc.constantFrom(...(Object.keys(lifecycle.actions) as A[])), {
    maxLength: 30,
  });
}

/** fast-check property: statuses stay within the lifecycle and terminal statuses absorb. */
export function assertLifecycleProperties<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  start: S,
): void {
  fc.assert(
    fc.property(actionSequences(lifecycle), (actions) => {
      const visited = walk(lifecycle, start, actions);
      const firstTerminal = visited.findIndex((status) => lifecycle.terminal.includes(status));
      return (
        visited.every((status) => lifecycle.statuses.includes(status)) &&
        (firstTerminal === -1 ||
          visited.slice(firstTerminal).every((s) => s === visited[firstTerminal]))
      );
    }),
  );
  for (const status of lifecycle.terminal) {
    const leaving = allowedActions(lifecycle, status).filter(
      (action) => (lifecycle.actions[action].to ?? status) !== status,
    );
    if (leaving.length > 0)
      throw new Error(`${status} is terminal but ${leaving.join()} leaves it`);
  }
}

/** The statuses reachable from `start` by any sequence of actions. */
export function reachable<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  start: S,
): ReadonlySet<S> {
  const seen = new Set<S>([start]);
  const queue: S[] = [start];
  for (let status = queue.shift(); status !== undefined; status = queue.shift()) {
    for (const action of allowedActions(lifecycle, status)) {
      const next = lifecycle.actions[action].to ?? status;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}
