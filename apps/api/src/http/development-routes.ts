import type { IncomingMessage, ServerResponse } from 'node:http';
import { schema } from '@openpb/graphql/schema';
import { introspectionFromSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { readBody } from './read-body.ts';
import type { Route } from './route.ts';
import { sendJson } from './send-json.ts';

export interface DevelopmentSignIn {
  readonly personas: () => readonly { key: string; name: string; title: string }[];
  readonly token: (personaKey: string) => Promise<string | null>;
}

function personaOf(text: string): string | null {
  try {
    const body = JSON.parse(text) as { persona?: unknown } | null;
    return typeof body?.persona === 'string' ? body.persona : null;
  } catch {
    return null;
  }
}

/**
 * Development only: `GET /dev/personas` and `POST /dev/token {"persona": key}` for the demo and
 * GraphiQL, and `GET /schema.graphql` (SDL) and `GET /schema.json` (introspection) for tools, with
 * CORS for the demo's origins. Never mounted in production.
 */
export function createDevelopmentRoutes(
  signIn: DevelopmentSignIn,
  corsOrigins: readonly string[],
): ReadonlyMap<string, Route> {
  const corsOf = (request: IncomingMessage): Record<string, string> => {
    const origin = request.headers.origin;
    return origin && corsOrigins.includes(origin)
      ? {
          'access-control-allow-origin': origin,
          'access-control-allow-headers': 'content-type',
          vary: 'origin',
        }
      : {};
  };
  const preflight = (request: IncomingMessage, response: ServerResponse) =>
    sendJson(response, 204, null, {
      ...corsOf(request),
      'access-control-allow-methods': 'GET, POST',
    });
  const personas: Route = (request, response) => {
    if (request.method === 'OPTIONS') return preflight(request, response);
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'Use GET' });
    sendJson(response, 200, { personas: signIn.personas() }, corsOf(request));
  };
  const token: Route = async (request, response) => {
    if (request.method === 'OPTIONS') return preflight(request, response);
    if (request.method !== 'POST') return sendJson(response, 405, { error: 'Use POST' });
    const body = await readBody(request);
    if (!body.ok) return sendJson(response, body.status, { error: 'bad request' }, corsOf(request));
    const persona = personaOf(body.text);
    const issued = persona ? await signIn.token(persona) : null;
    return issued
      ? sendJson(response, 200, { token: issued }, corsOf(request))
      : sendJson(response, 400, { error: 'unknown persona' }, corsOf(request));
  };
  // the schema for tools (codegen, BI connectors): the same sorted SDL as schema.graphql
  const sorted = lexicographicSortSchema(schema);
  const sdl: Route = (request, response) => {
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'Use GET' });
    response.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-disposition': 'inline; filename="schema.graphql"',
      ...corsOf(request),
    });
    response.end(printSchema(sorted));
  };
  const introspection: Route = (request, response) => {
    if (request.method !== 'GET') return sendJson(response, 405, { error: 'Use GET' });
    sendJson(response, 200, { data: introspectionFromSchema(sorted) }, corsOf(request));
  };
  return new Map([
    ['/dev/personas', personas],
    ['/dev/token', token],
    ['/schema.graphql', sdl],
    ['/schema.json', introspection],
  ]);
}
