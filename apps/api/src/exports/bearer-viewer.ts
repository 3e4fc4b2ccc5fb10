import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@openpb/graphql/context';
import { bearerToken } from '../auth/bearer-token.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';

/** The viewer of the request's bearer token, exactly as /graphql reads it; null without one. */
export async function bearerViewer(
  request: IncomingMessage,
  verifyToken: TokenVerifier,
): Promise<Viewer | null> {
  const token = bearerToken(request.headers.authorization);
  return token ? verifyToken(token) : null;
}
