import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@openpb/graphql/context';
import type { TokenVerifier } from '../auth/token-verifier.ts';

/** The viewer of the request's bearer token, exactly as /graphql reads it; null without one. */
export async function bearerViewer(
  request: IncomingMessage,
  verifyToken: TokenVerifier,
): Promise<Viewer | null> {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1] ? verifyToken(match[1]) : null;
}
