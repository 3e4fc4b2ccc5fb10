import type { TenantDatabases } from '@openpb/db/tenant-databases';
import { appendAuditEntries } from '../audit/audit-log-writer.ts';
import { parseClientCredentialsRequest } from './client-credentials-request.ts';
import type { ClientTokenIssuer } from './client-token-issuer.ts';
import type { SignInLimiter } from './sign-in-limiter.ts';

/** What the token endpoint was sent, as plain values (the route reads the body). */
export interface TokenRequest {
  readonly authorization?: string | undefined;
  readonly contentType?: string | undefined;
  readonly body: string;
  /** The caller's IP address (the socket's). */
  readonly address: string;
  /** The request's X-Request-Id, for the audit rows. */
  readonly requestId?: string;
}

export interface TokenResponse {
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;
}

/** `POST /oauth/token` without HTTP: parse, limit, exchange, audit. */
export type ClientCredentialsExchange = (request: TokenRequest) => Promise<TokenResponse>;

const OPERATION = 'POST /oauth/token';
/** Client ids are short; a longer one is cut before it goes into an audit row. */
const AUDITED_ID_LENGTH = 100;

const refusal = (status: number, error: string, headers: Record<string, string> = {}) => ({
  status,
  body: { error },
  headers: {
    'cache-control': 'no-store',
    ...(status === 401 ? { 'www-authenticate': 'Basic realm="openpb"' } : {}),
    ...headers,
  },
});

/**
 * Client-credentials sign-in (RFC 6749 §4.4) that resists guessing: the request is parsed strictly
 * (client-credentials-request.ts); each attempt is counted per client id and per address before
 * any secret is checked, and refused with 429 and Retry-After during a back-off
 * (sign-in-limiter.ts); the exchange does the same work for every client id
 * (client-token-issuer.ts); every refusal writes a DENIAL audit row naming the client id tried and
 * the reason, never the secret (docs/access.md).
 */
export function createClientCredentialsExchange(options: {
  readonly issuer: Pick<ClientTokenIssuer, 'exchange'>;
  readonly limiter: SignInLimiter;
  readonly databases: TenantDatabases;
}): ClientCredentialsExchange {
  const audit = async (
    request: TokenRequest,
    clientId: string | undefined,
    councilId: string | null,
    outcome: string,
  ) => {
    const query = councilId
      ? options.databases.forCouncil(councilId).query
      : options.databases.outsideTenancy.query;
    const subject = clientId ? `client:${clientId.slice(0, AUDITED_ID_LENGTH)}` : 'anonymous';
    await appendAuditEntries(query, { councilId, subject, requestId: request.requestId }, [
      { kind: 'DENIAL', operation: OPERATION, entity: 'ApiClient', entityIds: [], outcome },
    ]);
  };
  return async (request) => {
    const parsed = parseClientCredentialsRequest(request);
    const { clientId } = parsed;
    const attempt = { address: request.address, ...(clientId ? { clientId } : {}) };
    const waitSeconds = await options.limiter.take(attempt);
    if (waitSeconds > 0) {
      await audit(request, clientId, null, 'RATE_LIMITED');
      return refusal(429, 'too_many_requests', { 'retry-after': String(waitSeconds) });
    }
    if (!parsed.ok) {
      await audit(request, clientId, null, parsed.error.toUpperCase());
      return refusal(parsed.status, parsed.error);
    }
    const issued = await options.issuer.exchange(parsed.clientId, parsed.clientSecret);
    if (!issued.ok) {
      await audit(request, parsed.clientId, issued.client?.councilId ?? null, issued.reason);
      return refusal(401, 'invalid_client');
    }
    await options.limiter.succeeded(attempt);
    return {
      status: 200,
      body: { access_token: issued.token, token_type: 'Bearer', expires_in: issued.expiresIn },
      headers: { 'cache-control': 'no-store', pragma: 'no-cache' },
    };
  };
}
