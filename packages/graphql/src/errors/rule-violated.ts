import type { RuleCode, RuleViolation } from '@openpb/domain/rules/rule-violation';
import { ApiError } from './api-error.ts';

/**
 * The input is well-formed but breaks a rule of domain.md §6.4 (I-1 … I-18). `code` and `path`
 * are those of the first violation; `violations` lists them all. Nothing was written.
 */
export class RuleViolated extends ApiError {
  override readonly name = 'RuleViolated';
  readonly code: RuleCode;
  readonly violations: readonly RuleViolation[];

  constructor(violations: readonly RuleViolation[], pathPrefix: readonly string[] = ['input']) {
    const prefixed = violations.map((violation) => ({
      ...violation,
      path: [...pathPrefix, ...violation.path],
    }));
    const first = prefixed[0];
    if (!first) throw new Error('RuleViolated needs at least one violation');
    super(first.message, first.path);
    this.code = first.code;
    this.violations = prefixed;
  }
}

/** Throws RuleViolated when any of the checks found an error (warnings pass). */
export function enforce(
  violations: readonly RuleViolation[],
  pathPrefix?: readonly string[],
): void {
  const errors = violations.filter((violation) => violation.severity !== 'warning');
  if (errors.length > 0) throw new RuleViolated(errors, pathPrefix);
}
