import { type ClientOptions, resolveClientOptions } from '../client-options.ts';
import { graphQLErrorItems } from '../errors/graphql-error-item.ts';
import { OpenPbGraphQLError } from '../errors/openpb-graphql-error.ts';
import { OpenPbHttpError } from '../errors/openpb-http-error.ts';
import { OpenPbNetworkError } from '../errors/openpb-network-error.ts';
import { DomainEventsDocument, type DomainEventsSubscription } from '../generated/types/graphql.ts';
import type { GraphQLDocument } from '../graphql-transport.ts';

export interface SubscribeOptions {
  /** Ends the subscription: the iterator finishes and the connection closes. */
  readonly signal?: AbortSignal;
}

/** The platform's streaming fetch (browsers, Node 20+): the SDK's FetchLike reads whole bodies. */
type StreamingFetch = (
  url: string,
  init: { method: 'POST'; headers: Record<string, string>; body: string; signal?: AbortSignal },
) => Promise<{
  ok: boolean;
  status: number;
  headers: { get(name: string): string | null };
  body: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Splits a server-sent-events stream into its events' `event` and joined `data` fields. */
async function* serverSentEvents(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<{ event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n?/g, '\n');
      for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let event = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith(':')) continue; // a keep-alive comment
          const colon = line.indexOf(':');
          const field = colon < 0 ? line : line.slice(0, colon);
          const text = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'event') event = text;
          if (field === 'data') data.push(text);
        }
        if (data.length > 0 || event !== 'message') yield { event, data: data.join('\n') };
      }
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Runs a GraphQL subscription over server-sent events (POST, `Accept: text/event-stream`, as
 * graphql-yoga serves them) and yields each result's data until the server completes it or
 * `signal` aborts (then the iterator just ends). A refused request is an `OpenPbHttpError`; a
 * result with errors an `OpenPbGraphQLError`. No dependencies: the platform's `fetch` and
 * `TextDecoder`. Not retried: resume with the last event's position where the API offers it.
 *
 * @example
 * for await (const { domainEvents } of subscribe(options, DomainEventsDocument, {}, { signal }))
 *   console.log(domainEvents.type);
 */
export async function* subscribe<TResult, TVariables>(
  clientOptions: ClientOptions,
  document: GraphQLDocument<TResult, TVariables>,
  variables: TVariables,
  options: SubscribeOptions = {},
): AsyncGenerator<TResult> {
  const resolved = resolveClientOptions(clientOptions);
  const fetch = globalThis.fetch as unknown as StreamingFetch;
  const { signal } = options;
  let response: Awaited<ReturnType<StreamingFetch>>;
  try {
    response = await fetch(resolved.endpoints.graphql, {
      method: 'POST',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        authorization: `Bearer ${await resolved.getToken()}`,
      },
      body: JSON.stringify({ query: document.toString(), variables }),
      ...(signal ? { signal } : {}),
    });
  } catch (error) {
    if (signal?.aborted) return;
    throw new OpenPbNetworkError('The subscription could not be opened', {
      code: 'NETWORK_ERROR',
      cause: error,
    });
  }
  const requestId = response.headers.get('x-request-id') ?? undefined;
  if (!response.ok || response.body === null) {
    throw new OpenPbHttpError(`HTTP ${response.status}: the subscription was refused`, {
      status: response.status,
      requestId,
    });
  }
  try {
    for await (const { event, data } of serverSentEvents(response.body)) {
      if (event === 'complete') return;
      if (event !== 'next' && event !== 'message') continue;
      const payload: unknown = JSON.parse(data);
      if (!isRecord(payload)) continue;
      const errors = graphQLErrorItems(payload.errors);
      if (errors.length > 0 || !isRecord(payload.data)) {
        throw new OpenPbGraphQLError({
          errors,
          data: isRecord(payload.data) ? payload.data : null,
          operationName: undefined,
          requestId,
        });
      }
      yield payload.data as TResult;
    }
  } catch (error) {
    if (signal?.aborted) return;
    throw error;
  }
}

/** A domain event of the council, as `domainEvents` gives it. */
export type DomainEvent = DomainEventsSubscription['domainEvents'];

/**
 * For council staff screens: the council's domain events as they commit (`Subscription.domainEvents`
 * over server-sent events), optionally only some `types`, until `signal` aborts.
 */
export async function* subscribeToDomainEvents(
  clientOptions: ClientOptions,
  filter: { readonly types?: readonly string[]; readonly after?: string } = {},
  options: SubscribeOptions = {},
): AsyncGenerator<DomainEvent> {
  const variables = {
    ...(filter.types ? { types: [...filter.types] } : {}),
    ...(filter.after ? { after: filter.after } : {}),
  };
  for await (const data of subscribe(clientOptions, DomainEventsDocument, variables, options)) {
    yield data.domainEvents;
  }
}
