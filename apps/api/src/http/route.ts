import type { IncomingMessage, ServerResponse } from 'node:http';

/** What a route of our own knows of its request besides the request itself. */
export interface RouteContext {
  /** The request target, parsed (requestTarget). */
  readonly url: URL;
  readonly requestId: string;
}

/** A route of our own (not GraphQL): may throw; the server turns any failure into a masked answer. */
export type Route = (
  request: IncomingMessage,
  response: ServerResponse,
  context: RouteContext,
) => Promise<void> | void;
