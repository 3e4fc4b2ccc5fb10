import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Readiness } from '@openpb/db/readiness';
import type { ClientCredentialsExchange } from './auth/client-credentials-exchange.ts';
import type { ExportRoutes } from './exports/export-routes.ts';
import { createDevelopmentRoutes, type DevelopmentSignIn } from './http/development-routes.ts';
import { answerFailure } from './http/failure-response.ts';
import { createHealthRoutes } from './http/health-routes.ts';
import { errorFields, logLine } from './http/log.ts';
import { createOauthTokenRoute } from './http/oauth-token-route.ts';
import { readBody } from './http/read-body.ts';
import { withRequestContext } from './http/request-context.ts';
import { requestIdOf } from './http/request-id.ts';
import { requestTarget } from './http/request-target.ts';
import type { Route } from './http/route.ts';
import { setSecurityHeaders } from './http/security-headers.ts';
import { sendJson } from './http/send-json.ts';
import type { Api } from './yoga.ts';

export type { DevelopmentSignIn } from './http/development-routes.ts';

export interface HttpServerOptions {
  readonly api: Api;
  /** Development only: persona sign-in for the demo and GraphiQL. Absent in production. */
  readonly developmentSignIn?: DevelopmentSignIn;
  readonly corsOrigins: readonly string[];
  /** File exports by path (src/exports), e.g. GET /exports/cld.csv. */
  readonly exports?: ExportRoutes;
  /** Client-credentials sign-in for third-party apps at POST /oauth/token. */
  readonly clientTokens?: ClientCredentialsExchange;
  /** GET /health/ready: whether the database answers with current migrations. */
  readonly readiness?: () => Promise<Readiness>;
  /** Production: HSTS on every response. */
  readonly production?: boolean;
}

/** The largest request body any route takes (a GraphQL document with its variables); 413 beyond. */
const MAX_REQUEST_BYTES = 1024 * 1024;
/** A request must arrive whole within this (node:http requestTimeout): no slow or stalled bodies. */
const REQUEST_TIMEOUT_MS = 30_000;

/** The routes of our own by exact path; everything else goes to GraphQL (yoga). */
function routesOf(options: HttpServerOptions): ReadonlyMap<string, Route> {
  const routes = new Map<string, Route>(
    createHealthRoutes(options.readiness ?? (async () => ({ ready: true }))),
  );
  if (options.clientTokens) routes.set('/oauth/token', createOauthTokenRoute(options.clientTokens));
  for (const [path, route] of options.exports ?? []) {
    routes.set(path, (request, response, { url }) => route(request, response, url));
  }
  if (options.developmentSignIn) {
    for (const entry of createDevelopmentRoutes(options.developmentSignIn, options.corsOrigins)) {
      routes.set(...entry);
    }
  }
  return routes;
}

/**
 * A request line or headers node:http cannot parse never reach a handler: it answers 400 (431
 * for headers too large) itself, with a request id like every other response, and closes.
 */
function answerClientError(error: Error & { code?: string }, socket: Socket) {
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const status =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? '431 Request Header Fields Too Large'
      : '400 Bad Request';
  socket.end(
    `HTTP/1.1 ${status}\r\nx-request-id: ${requestIdOf(undefined)}\r\n` +
      'x-content-type-options: nosniff\r\ncontent-length: 0\r\nconnection: close\r\n\r\n',
  );
}

/**
 * The node:http server: GraphQL at /graphql, exports, health probes, the token endpoint and
 * development sign-in. Every request gets an id (X-Request-Id, in and out) and the security
 * headers; every route's failure, thrown or rejected, becomes a masked answer (a 503 with
 * Retry-After when the database is away): no request can end the process (D16).
 */
export function createHttpServer(options: HttpServerOptions): Server {
  const { api } = options;
  const routes = routesOf(options);
  const production = options.production ?? false;
  const serve = async (request: IncomingMessage, response: ServerResponse, requestId: string) => {
    const url = requestTarget(request.url);
    if (!url)
      return sendJson(response, 400, { error: 'bad_request', message: 'Bad request target' });
    if (Number(request.headers['content-length'] ?? 0) > MAX_REQUEST_BYTES) {
      return sendJson(response, 413, { error: 'payload_too_large' }, { connection: 'close' });
    }
    const route = routes.get(url.pathname);
    // the id made here, when the caller sent none, is the one routes and yoga read from the request
    request.headers['x-request-id'] = requestId;
    if (route) return route(request, response, { url, requestId });
    if (request.method === 'POST') {
      // read here, bounded whether or not it says its length (chunked), and handed to yoga as
      // text: yoga's own limit would stream every body through a TransformStream (D109)
      const body = await readBody(request, MAX_REQUEST_BYTES);
      if (!body.ok) {
        return body.status === 413
          ? sendJson(response, 413, { error: 'payload_too_large' }, { connection: 'close' })
          : sendJson(response, 400, { error: 'bad_request', message: 'Incomplete request body' });
      }
      (request as IncomingMessage & { body?: string }).body = body.text;
    }
    return api(request, response);
  };
  const server = createServer((request, response) => {
    const requestId = requestIdOf(request.headers['x-request-id']);
    response.setHeader('x-request-id', requestId);
    setSecurityHeaders(response, production);
    // a body or socket error after the answer must not become an unhandled 'error' event
    request.on('error', () => {});
    response.on('error', () => {});
    withRequestContext(requestId, () =>
      Promise.resolve()
        .then(() => serve(request, response, requestId))
        .catch((error: unknown) => answerFailure(response, error)),
    );
  });
  server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.on('clientError', answerClientError);
  server.on('error', (error) => logLine('error', 'server_error', errorFields(error)));
  return server;
}
