import type { RuleViolation } from '@openpb/domain/rules/rule-violation';
import { RULE_CODES } from '@openpb/domain/rules/rule-violation';
import type { EnumRef } from '@pothos/core';
import { type BuilderTypes, builder } from '../builder.ts';
import type { ApiError } from '../errors/api-error.ts';
import { Conflict } from '../errors/conflict.ts';
import { Forbidden } from '../errors/forbidden.ts';
import { InvalidState } from '../errors/invalid-state.ts';
import { NotFound } from '../errors/not-found.ts';
import { RuleViolated } from '../errors/rule-violated.ts';
import { ValidationFailed, type ValidationIssue } from '../errors/validation-failed.ts';

/** Output shape `string`: an error's code is any code, which the enum's serializer checks. */
export const ErrorCode: EnumRef<BuilderTypes, string> = builder.enumType('ErrorCode', {
  description: 'Machine-readable reason for a business failure.',
  values: {
    ...Object.fromEntries(
      RULE_CODES.map((code) => [
        code,
        { description: 'A rule of domain.md §6.4 was broken (see RuleViolationError).' },
      ]),
    ),
    FORBIDDEN: { description: 'Your role may not do this.' },
    INVALID_STATE: { description: 'The record is not in a state that allows this action.' },
    VALIDATION_FAILED: { description: 'The input has the wrong shape or format.' },
    NOT_FOUND: { description: 'A referenced record does not exist (or is not visible to you).' },
    DUPLICATE: { description: 'A record with the same identifying fields exists already.' },
    VERSION_CONFLICT: { description: 'The record changed since you read it; read it again.' },
    IDEMPOTENCY_KEY_REUSED: {
      description: 'The idempotency key was used before with another payload.',
    },
  } as const,
});

export const ErrorInterface = builder.interfaceRef<ApiError>('Error').implement({
  description:
    'A business failure returned as data. Nothing was written. `path` points at the offending input field.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.field({ type: ErrorCode, resolve: (error) => error.code }),
    path: t.stringList({
      nullable: true,
      resolve: (error) => (error.path ? [...error.path] : null),
    }),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>('ValidationIssue').implement({
  description: 'One problem with one input field.',
  fields: (t) => ({
    path: t.stringList({ resolve: (issue) => [...issue.path] }),
    message: t.exposeString('message'),
    code: t.exposeString('code', { description: 'The validator’s issue code, e.g. TOO_SMALL.' }),
  }),
});

builder.objectType(ValidationFailed, {
  name: 'ValidationError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ValidationFailed,
  fields: (t) => ({
    issues: t.field({ type: [ValidationIssueRef], resolve: (error) => [...error.issues] }),
  }),
});

builder.objectType(NotFound, {
  name: 'NotFoundError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof NotFound,
});

builder.objectType(Conflict, {
  name: 'ConflictError',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof Conflict,
});

const RuleViolationRef = builder.objectRef<RuleViolation>('RuleViolation').implement({
  description: 'One broken rule, with the path of the offending input field.',
  fields: (t) => ({
    code: t.field({ type: ErrorCode, resolve: (violation) => violation.code }),
    message: t.exposeString('message'),
    path: t.stringList({ resolve: (violation) => [...violation.path] }),
  }),
});

builder.objectType(RuleViolated, {
  name: 'RuleViolationError',
  description: 'The input breaks one or more business rules (domain.md §6.4). Nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof RuleViolated,
  fields: (t) => ({
    violations: t.field({ type: [RuleViolationRef], resolve: (error) => [...error.violations] }),
  }),
});

builder.objectType(Forbidden, {
  name: 'ForbiddenError',
  description: 'Your role or your staff record does not allow this action. Nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof Forbidden,
});

builder.objectType(InvalidState, {
  name: 'InvalidStateError',
  description: 'The record is not in a state that allows this action. Nothing was written.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidState,
});
