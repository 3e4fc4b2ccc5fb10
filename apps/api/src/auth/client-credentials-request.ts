/** A client-credentials token request, parsed strictly (RFC 6749 §2.3.1, §3.2, §4.4). */
export type ClientCredentialsRequest =
  | { readonly ok: true; readonly clientId: string; readonly clientSecret: string }
  | {
      readonly ok: false;
      /** The OAuth error code (RFC 6749 §5.2) and its HTTP status. */
      readonly error: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';
      readonly status: 400 | 401;
      /** The client id, when the request named one, for the audit log. */
      readonly clientId?: string;
    };

const FORM = 'application/x-www-form-urlencoded';

/** application/x-www-form-urlencoded decoding of one value ('+' is a space), or null when malformed. */
function formDecode(value: string): string | null {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return null;
  }
}

/**
 * The form parameters of the body, or null when one is given twice or is malformed: "Request
 * and response parameters MUST NOT be included more than once" (RFC 6749 §3.2).
 */
function formParameters(body: string): Map<string, string> | null {
  const parameters = new Map<string, string>();
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const name = formDecode(equals < 0 ? pair : pair.slice(0, equals));
    const value = formDecode(equals < 0 ? '' : pair.slice(equals + 1));
    if (name === null || value === null || parameters.has(name)) return null;
    parameters.set(name, value);
  }
  return parameters;
}

const refused = (
  error: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type',
  clientId?: string,
): ClientCredentialsRequest => ({
  ok: false,
  error,
  status: error === 'invalid_client' ? 401 : 400,
  ...(clientId ? { clientId } : {}),
});

/**
 * Reads `grant_type=client_credentials` and the client's credentials, from HTTP Basic
 * authentication or from the form body, never both (RFC 6749 §2.3.1: "The client MUST NOT use
 * more than one authentication method in each request"). In Basic the id and the secret are each
 * form-urlencoded and joined by the first colon (RFC 6749 §2.3.1, Appendix B): a secret with
 * further colons is a different secret, not a truncated one. Malformed input is refused, never thrown.
 */
export function parseClientCredentialsRequest(request: {
  readonly authorization?: string | undefined;
  readonly contentType?: string | undefined;
  readonly body: string;
}): ClientCredentialsRequest {
  const mediaType = request.contentType?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== FORM) return refused('invalid_request');
  const form = formParameters(request.body);
  if (!form) return refused('invalid_request');
  if (!form.has('grant_type')) return refused('invalid_request');
  if (form.get('grant_type') !== 'client_credentials') return refused('unsupported_grant_type');
  const inBody = form.has('client_id') || form.has('client_secret');
  if (request.authorization !== undefined) {
    if (inBody) return refused('invalid_request');
    const basic = /^Basic ([A-Za-z0-9+/]+={0,2})$/i.exec(request.authorization.trim());
    if (!basic?.[1]) return refused('invalid_client');
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    if (colon < 0) return refused('invalid_client');
    const clientId = formDecode(decoded.slice(0, colon));
    const clientSecret = formDecode(decoded.slice(colon + 1));
    if (!clientId) return refused('invalid_client');
    if (!clientSecret) return refused('invalid_client', clientId);
    return { ok: true, clientId, clientSecret };
  }
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  if (!clientId) return refused('invalid_client');
  if (!clientSecret) return refused('invalid_client', clientId);
  return { ok: true, clientId, clientSecret };
}
