import type { IncomingMessage } from 'node:http';

export type BodyResult =
  | { readonly ok: true; readonly text: string }
  /** 413: larger than the route takes. 400: cut off (the client went away or reset). */
  | { readonly ok: false; readonly status: 400 | 413 };

/**
 * A small request body as UTF-8 text, for the routes of our own (the token endpoint, the dev
 * sign-in). Never throws: a body declared or sent larger than `limitBytes` is refused (413) without
 * reading on, and one abandoned half-way (reset, aborted, shorter than its Content-Length) is a 400.
 */
export async function readBody(request: IncomingMessage, limitBytes = 4096): Promise<BodyResult> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limitBytes) return { ok: false, status: 413 };
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of request) {
      size += (chunk as Buffer).length;
      if (size > limitBytes) return { ok: false, status: 413 };
      chunks.push(chunk as Buffer);
    }
  } catch {
    return { ok: false, status: 400 };
  }
  if (!request.complete) return { ok: false, status: 400 };
  return { ok: true, text: Buffer.concat(chunks).toString('utf8') };
}
