import { connect, type Socket } from 'node:net';

export interface RawExchange {
  /** Everything the server sent before the connection closed ('' if nothing). */
  readonly received: string;
  /** The status code of the (last non-100) response, or null. */
  readonly status: number | null;
  /** Its headers, lower-cased names. */
  readonly headers: Readonly<Record<string, string>>;
}

export interface RawRequest {
  /** Bytes sent first: a request line and headers, perhaps a body. */
  readonly head: string | Buffer;
  /**
   * Then, once the server has taken the request (its `100 Continue` to an `Expect: 100-continue`
   * head proves it), these bytes, and the connection is reset or half-closed: a body abandoned
   * half-way, as a careless network or an attacker leaves it.
   */
  readonly thenAbandon?: { readonly body: string | Buffer; readonly how: 'reset' | 'end' };
}

function parsed(received: string): RawExchange {
  const responses = received
    .split(/(?=HTTP\/1\.[01] \d{3})/)
    .filter((part) => !/^HTTP\/1\.[01] 100/.test(part));
  const last = responses.at(-1) ?? '';
  const [head = ''] = last.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { received, status: status ? Number(status) : null, headers };
}

/**
 * One request over a raw TCP socket (node:net), byte for byte as given — what `fetch` and curl
 * refuse to send: malformed request lines, odd targets, bad encodings, bodies cut off. Resolves
 * when the server closes the connection (every head here says `Connection: close`, or the server
 * closes on a bad request) or the socket is reset.
 */
export function sendRaw(port: number, request: RawRequest): Promise<RawExchange> {
  return new Promise((resolve) => {
    const socket: Socket = connect(port, '127.0.0.1');
    let received = '';
    let abandoned = false;
    const finish = () => resolve(parsed(received));
    socket.on('connect', () => socket.write(request.head));
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      const abandon = request.thenAbandon;
      if (abandon && !abandoned && /^HTTP\/1\.1 100 Continue\r\n\r\n/.test(received)) {
        abandoned = true;
        socket.write(abandon.body, () => {
          if (abandon.how === 'reset') socket.resetAndDestroy();
          else socket.end();
        });
      }
    });
    socket.on('error', () => {});
    socket.on('close', finish);
  });
}
