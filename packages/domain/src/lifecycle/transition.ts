/**
 * A lifecycle is a table of actions, each allowed from some statuses and leading to one status
 * (domain.md §6.1 versioning, §6.2 statuses). `transition` applies an action to a status: the next
 * status, or a STATUS_TRANSITION_NOT_ALLOWED violation saying which statuses the action needs.
 * Pure: the API loads the record, asks the lifecycle, and writes the status it is given.
 */
import { type RuleViolation, violation } from '../rules/rule-violation.ts';

export type Transition<S extends string> =
  | { readonly ok: true; readonly status: S }
  | { readonly ok: false; readonly violation: RuleViolation };

export interface TransitionRule<S extends string> {
  readonly from: readonly S[];
  /** The status after the action; `null` keeps the current one (a guard, e.g. revising a draft). */
  readonly to: S | null;
  /** The action in words, for the refusal: "… to {doing}". */
  readonly doing: string;
}

export interface Lifecycle<S extends string, A extends string> {
  /** What the record is called in messages, e.g. "plan". */
  readonly record: string;
  readonly statuses: readonly S[];
  /** Statuses no action leaves. */
  readonly terminal: readonly S[];
  readonly actions: { readonly [K in A]: TransitionRule<S> };
}

function lower(status: string): string {
  return status.toLowerCase().replaceAll('_', ' ');
}

/** Applies `action` to a record in `status`; `path` is where a refusal points (default status). */
export function transition<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  status: S,
  action: A,
  path: readonly string[] = ['status'],
): Transition<S> {
  const rule = lifecycle.actions[action];
  if (rule.from.includes(status)) return { ok: true, status: rule.to ?? status };
  return {
    ok: false,
    violation: violation(
      'STATUS_TRANSITION_NOT_ALLOWED',
      `The ${lifecycle.record} is ${lower(status)}; it must be ${rule.from.map(lower).join(' or ')} to ${rule.doing}`,
      path,
    ),
  };
}

/** The actions allowed from `status`. */
export function allowedActions<S extends string, A extends string>(
  lifecycle: Lifecycle<S, A>,
  status: S,
): readonly A[] {
  return (Object.keys(lifecycle.actions) as A[]).filter((action) =>
    lifecycle.actions[action].from.includes(status),
  );
}
