import type { z } from 'zod';
import { ApiError } from './api-error.ts';

export interface ValidationIssue {
  readonly path: readonly string[];
  readonly message: string;
  readonly code: string;
}

/** The input does not have the right shape or format; nothing was written. */
export class ValidationFailed extends ApiError {
  readonly code = 'VALIDATION_FAILED';
  readonly issues: readonly ValidationIssue[];

  constructor(issues: readonly ValidationIssue[]) {
    const first = issues[0];
    super(
      first
        ? `Invalid input at ${['input', ...first.path].join('.')}: ${first.message}`
        : 'Invalid input',
      first ? ['input', ...first.path] : null,
    );
    this.issues = issues.map((issue) => ({ ...issue, path: ['input', ...issue.path] }));
  }

  static fromZod(error: z.ZodError): ValidationFailed {
    return new ValidationFailed(
      error.issues.map((issue) => ({
        path: issue.path.map(String),
        message: issue.message,
        code: issue.code.toUpperCase(),
      })),
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

/** Parses `input` with a domain schema or throws ValidationFailed with the path of every issue. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(withoutNulls(input));
  if (!result.success) throw ValidationFailed.fromZod(result.error);
  return result.data;
}
