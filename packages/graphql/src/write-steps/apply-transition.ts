import type { RuleViolation } from '@openpb/domain/rules/rule-violation';
import { InvalidState } from '../errors/invalid-state.ts';

/**
 * What a domain lifecycle allowed (the next status, or the superseded record); a transition it
 * refuses is the API's InvalidState error, with the lifecycle's message, at `path` (the input
 * naming the record).
 */
export function allowedOrInvalidState<T extends { readonly ok: true }>(
  result: T | { readonly ok: false; readonly violation: RuleViolation },
  path: readonly string[],
): T {
  if (!result.ok) throw new InvalidState(result.violation.message, path);
  return result;
}
