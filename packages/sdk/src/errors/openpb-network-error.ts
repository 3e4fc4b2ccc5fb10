import { OpenPbError } from './openpb-error.ts';

export type OpenPbNetworkErrorCode = 'NETWORK_ERROR' | 'TIMEOUT' | 'ABORTED';

/** No HTTP response: the connection failed, timed out, or the caller aborted. */
export class OpenPbNetworkError extends OpenPbError {
  override readonly name: string = 'OpenPbNetworkError';
  declare readonly code: OpenPbNetworkErrorCode;

  constructor(message: string, options: { code: OpenPbNetworkErrorCode; cause?: unknown }) {
    super(message, options);
  }
}
