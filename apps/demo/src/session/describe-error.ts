import { OpenPbError, OpenPbGraphQLError, OpenPbHttpError, OpenPbNetworkError } from '@openpb/sdk';
import { API_URL } from '../config.ts';

/** True when the API no longer accepts the session's token. */
export function isSessionExpired(error: unknown): boolean {
  return error instanceof OpenPbHttpError && error.code === 'UNAUTHENTICATED';
}

/** A plain-English sentence for an error from the SDK, for an error summary. */
export function describeError(error: unknown): string {
  if (error instanceof OpenPbNetworkError) {
    return error.code === 'TIMEOUT'
      ? `The API at ${API_URL} took too long to answer. Try again.`
      : `The API at ${API_URL} cannot be reached. Check that it is running (pnpm dev) and try again.`;
  }
  if (error instanceof OpenPbHttpError) {
    if (error.code === 'UNAUTHENTICATED') return 'Your session has ended. Sign in again.';
    if (error.code === 'FORBIDDEN') return 'You do not have permission to see this.';
    return `The API answered with an error (HTTP ${error.status}). Try again later.`;
  }
  if (error instanceof OpenPbGraphQLError)
    return 'The API could not complete the request. Try again later.';
  if (error instanceof OpenPbError) return error.message;
  return 'Something went wrong. Try again.';
}
