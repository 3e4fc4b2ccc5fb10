import { builder } from '../builder.ts';
import type { ApiError } from '../errors/api-error.ts';
import { Conflict } from '../errors/conflict.ts';
import { NotFound } from '../errors/not-found.ts';
import { ValidationFailed, type ValidationIssue } from '../errors/validation-failed.ts';

export const ErrorCode = builder.enumType('ErrorCode', {
  description: 'Machine-readable reason for a business failure.',
  values: {
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
    code: t.field({ type: ErrorCode, resolve: (error) => error.code as never }),
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
