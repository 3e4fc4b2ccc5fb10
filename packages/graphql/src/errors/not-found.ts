import { ApiError } from './api-error.ts';

/**
 * The referenced record does not exist for this caller. Records of another council are reported
 * exactly like records that do not exist, so that ids leak nothing.
 */
export class NotFound extends ApiError {
  override readonly name = 'NotFound';
  readonly code = 'NOT_FOUND';

  constructor(entity: string, path: readonly string[]) {
    super(`No ${entity} with that id`, path);
  }
}
