import { RULE_CODES, type RuleCode } from '@openpb/domain/rules/rule-violation';
import type { z } from 'zod';
import { ApiError } from './api-error.ts';
import { RuleViolated } from './rule-violated.ts';

export interface ValidationIssue {
  readonly path: readonly string[];
  readonly message: string;
  readonly code: string;
}

/** The input does not have the right shape or format; nothing was written. */
export class ValidationFailed extends ApiError {
  override readonly name = 'ValidationFailed';
  readonly code = 'VALIDATION_FAILED';
  readonly issues: readonly ValidationIssue[];

  /** `issues` have paths relative to `pathPrefix` (the mutation's `input` by default). */
  constructor(issues: readonly ValidationIssue[], pathPrefix: readonly string[] = ['input']) {
    const prefixed = issues.map((issue) => ({ ...issue, path: [...pathPrefix, ...issue.path] }));
    const first = prefixed[0];
    super(
      first ? `Invalid input at ${first.path.join('.')}: ${first.message}` : 'Invalid input',
      first?.path ?? null,
    );
    this.issues = prefixed;
  }

  static fromZod(
    error: { readonly issues: readonly z.core.$ZodIssue[] },
    pathPrefix: readonly string[] = ['input'],
  ): ValidationFailed {
    return new ValidationFailed(
      error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
        code: issue.code.toUpperCase(),
      })),
      pathPrefix,
    );
  }
}

/** GraphQL sends `null` for an omitted optional field; the domain's schemas mean "absent". */
function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, field]) => field !== null)
      .map(([key, field]) => [key, withoutNulls(field)]),
  );
}

function ruleCodeOf(issue: z.core.$ZodIssue): RuleCode | null {
  const code = issue.code === 'custom' ? issue.params?.ruleCode : undefined;
  return typeof code === 'string' && (RULE_CODES as readonly string[]).includes(code)
    ? (code as RuleCode)
    : null;
}

/**
 * Parses `input` with a domain schema. Issues of shape or format throw ValidationFailed; when the
 * input is well-formed but the schema's rule checks (domain.md §6.4) fail, it throws RuleViolated
 * with each rule's own code. Every issue keeps the path of its input field.
 */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  pathPrefix: readonly string[] = ['input'],
): z.output<S> {
  const result = schema.safeParse(withoutNulls(input));
  if (result.success) return result.data;
  const shapeIssues = result.error.issues.filter((issue) => ruleCodeOf(issue) === null);
  if (shapeIssues.length > 0) throw ValidationFailed.fromZod({ issues: shapeIssues }, pathPrefix);
  throw new RuleViolated(
    result.error.issues.map((issue) => ({
      code: ruleCodeOf(issue) as RuleCode,
      message: issue.message,
      path: issue.path.map(String),
    })),
    pathPrefix,
  );
}
