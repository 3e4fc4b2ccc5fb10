import { ApiError } from './api-error.ts';

/** The write clashes with existing data (a duplicate, a stale version, a reused idempotency key). */
export class Conflict extends ApiError {
  override readonly name = 'Conflict';
  readonly code: 'DUPLICATE' | 'VERSION_CONFLICT' | 'IDEMPOTENCY_KEY_REUSED';

  constructor(
    code: 'DUPLICATE' | 'VERSION_CONFLICT' | 'IDEMPOTENCY_KEY_REUSED',
    message: string,
    path: readonly string[] | null,
  ) {
    super(message, path);
    this.code = code;
  }
}
