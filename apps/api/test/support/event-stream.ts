import { expect } from 'vitest';
import type { TestApi } from './test-api.ts';

export interface EventStream {
  /** The next `data:` message of the stream. */
  next(): Promise<{ data?: { domainEvents: Record<string, unknown> } }>;
  close(): void;
}

/**
 * Opens the `domainEvents` subscription over server-sent events, as `token`; its arguments as
 * variables, or with `literals` written into the document.
 */
export async function openEventStream(
  t: Pick<TestApi, 'api'>,
  token: string,
  variables: { readonly after?: string; readonly types?: readonly string[] } = {},
  { literals = false }: { readonly literals?: boolean } = {},
): Promise<EventStream> {
  const fields = '{ type subject person version position }';
  const written = Object.entries(variables).map(
    ([name, value]) => `${name}: ${JSON.stringify(value)}`,
  );
  const query = literals
    ? `subscription Live { domainEvents${written.length > 0 ? `(${written.join(', ')})` : ''} ${fields} }`
    : `subscription Live($after: String, $types: [String!]) {
        domainEvents(after: $after, types: $types) ${fields}
      }`;
  const controller = new AbortController();
  const response = await t.api.fetch('http://api.test/graphql', {
    method: 'POST',
    signal: controller.signal,
    headers: {
      accept: 'text/event-stream',
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({
      query,
      variables: literals ? {} : variables,
    }),
  });
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next() {
      for (;;) {
        const match = /(?:^|\n)data: (.*)\n/.exec(buffer);
        if (match) {
          buffer = buffer.slice((match.index ?? 0) + match[0].length);
          return JSON.parse(match[1] as string);
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('the stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => controller.abort(),
  };
}
