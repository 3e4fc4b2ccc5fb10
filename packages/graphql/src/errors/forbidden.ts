import { ApiError } from './api-error.ts';

/** The caller is known but may not do this (role, approval limit, missing staff record). */
export class Forbidden extends ApiError {
  override readonly name = 'Forbidden';
  readonly code = 'FORBIDDEN';
  /** For a third-party app: the delegation scope the read needed and the delegation lacks. */
  missingScope: string | null = null;
}

/** The delegation scope a scope-auth failure asked for, if any (e.g. READ_PLAN). */
export function missingDelegationScope(failure: unknown): string | null {
  if (!failure || typeof failure !== 'object') return null;
  const { scope, parameter, failures } = failure as {
    scope?: unknown;
    parameter?: { scope?: unknown } | null;
    failures?: unknown[];
  };
  if (scope === 'delegated' && typeof parameter?.scope === 'string') return parameter.scope;
  for (const each of failures ?? []) {
    const found = missingDelegationScope(each);
    if (found) return found;
  }
  return null;
}
