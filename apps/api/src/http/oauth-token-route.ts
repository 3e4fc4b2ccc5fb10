import type { ClientCredentialsExchange } from '../auth/client-credentials-exchange.ts';
import { readBody } from './read-body.ts';
import type { Route } from './route.ts';
import { sendJson } from './send-json.ts';

/**
 * `POST /oauth/token`: client-credentials sign-in for third-party apps (RFC 6749 §4.4). Parsing,
 * limits, the exchange and its audit live in auth/client-credentials-exchange.ts; this route only
 * reads the body (at most 4 kB: 413 beyond, 400 when cut off) and writes the answer.
 */
export function createOauthTokenRoute(exchange: ClientCredentialsExchange): Route {
  return async (request, response, context) => {
    if (request.method !== 'POST') {
      return sendJson(response, 405, { error: 'invalid_request' }, { allow: 'POST' });
    }
    const body = await readBody(request);
    if (!body.ok) return sendJson(response, body.status, { error: 'invalid_request' });
    const answer = await exchange({
      authorization: request.headers.authorization,
      contentType: request.headers['content-type'],
      body: body.text,
      address: request.socket.remoteAddress ?? 'unknown',
      requestId: context.requestId,
    });
    sendJson(response, answer.status, answer.body, answer.headers);
  };
}
