import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { ClientTokenIssuer } from './auth/client-token-issuer.ts';
import type { ExportRoutes } from './exports/export-routes.ts';
import type { Api } from './yoga.ts';

export interface DevelopmentSignIn {
  readonly personas: () => readonly { key: string; name: string; title: string }[];
  readonly token: (personaKey: string) => Promise<string | null>;
}

export interface HttpServerOptions {
  readonly api: Api;
  /** Development only: persona sign-in for the demo and GraphiQL. Absent in production. */
  readonly developmentSignIn?: DevelopmentSignIn;
  readonly corsOrigins: readonly string[];
  /** File exports by path (src/exports), e.g. GET /exports/cld.csv. */
  readonly exports?: ExportRoutes;
  /** Client-credentials sign-in for third-party apps at POST /oauth/token. */
  readonly clientTokens?: Pick<ClientTokenIssuer, 'exchange'>;
}

/** The client id and secret of an OAuth 2 client-credentials request (Basic auth or form body). */
async function clientCredentialsOf(
  request: IncomingMessage,
): Promise<{ id: string; secret: string } | null> {
  const basic = /^Basic\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  const form = new URLSearchParams(await readText(request));
  if (form.get('grant_type') !== 'client_credentials') return null;
  if (basic?.[1]) {
    const [id, secret] = Buffer.from(basic[1], 'base64').toString('utf8').split(':');
    return id && secret ? { id: decodeURIComponent(id), secret: decodeURIComponent(secret) } : null;
  }
  const id = form.get('client_id');
  const secret = form.get('client_secret');
  return id && secret ? { id, secret } : null;
}

function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(body));
}

async function readText(request: IncomingMessage, limitBytes = 4096): Promise<string> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) return '';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  try {
    return JSON.parse(await readText(request));
  } catch {
    return null;
  }
}

/** The node:http server: GraphQL at /graphql, exports, a health check, and development sign-in. */
export function createHttpServer(options: HttpServerOptions): Server {
  const { api, developmentSignIn } = options;
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/healthz') return sendJson(response, 200, { status: 'ok' });
    if (url.pathname === '/oauth/token' && request.method === 'POST' && options.clientTokens) {
      const credentials = await clientCredentialsOf(request);
      const issued = credentials
        ? await options.clientTokens.exchange(credentials.id, credentials.secret)
        : null;
      return issued
        ? sendJson(response, 200, {
            access_token: issued.token,
            token_type: 'Bearer',
            expires_in: issued.expiresIn,
          })
        : sendJson(response, 401, { error: 'invalid_client' }, { 'www-authenticate': 'Basic' });
    }
    const exportRoute = options.exports?.get(url.pathname);
    if (exportRoute) return exportRoute(request, response, url);
    if (developmentSignIn && url.pathname.startsWith('/dev/')) {
      const origin = request.headers.origin;
      const cors: Record<string, string> =
        origin && options.corsOrigins.includes(origin)
          ? {
              'access-control-allow-origin': origin,
              'access-control-allow-headers': 'content-type',
              vary: 'origin',
            }
          : {};
      if (request.method === 'OPTIONS')
        return sendJson(response, 204, null, {
          ...cors,
          'access-control-allow-methods': 'GET, POST',
        });
      if (url.pathname === '/dev/personas' && request.method === 'GET') {
        return sendJson(response, 200, { personas: developmentSignIn.personas() }, cors);
      }
      if (url.pathname === '/dev/token' && request.method === 'POST') {
        const body = (await readJson(request)) as { persona?: unknown } | null;
        const token =
          typeof body?.persona === 'string' ? await developmentSignIn.token(body.persona) : null;
        return token
          ? sendJson(response, 200, { token }, cors)
          : sendJson(response, 400, { error: 'unknown persona' }, cors);
      }
    }
    return api(request, response);
  });
}
