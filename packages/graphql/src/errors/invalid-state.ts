import { ApiError } from './api-error.ts';

/** The record's status does not allow the action (e.g. approving a plan that is not submitted). */
export class InvalidState extends ApiError {
  override readonly name = 'InvalidState';
  readonly code = 'INVALID_STATE';
}
