import { ApiError } from './api-error.ts';

/** The caller is known but may not do this (role, approval limit, missing staff record). */
export class Forbidden extends ApiError {
  readonly code = 'FORBIDDEN';
}
