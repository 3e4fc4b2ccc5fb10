/**
 * Verifying a webhook delivery from Open Personal Budgets (docs/decisions.md D36),
 * the way Stripe's are verified: the `OpenPB-Signature` header is `t=<unix seconds>,v1=<hex>`,
 * where each `v1` is HMAC-SHA-256(secret, `${t}.${body}`), one per secret the endpoint has while a
 * rotation overlaps. Web Crypto only (`crypto.subtle`): Node 20+ and browsers, no dependencies.
 */

/** The header that carries a delivery's signature. */
export const SIGNATURE_HEADER = 'OpenPB-Signature';

/** A delivery's body, once verified: ids, a type and a version, never personal details. */
export interface WebhookEvent {
  readonly id: string;
  readonly type: string;
  readonly version: number;
  readonly occurredAt: string;
  readonly council: string;
  readonly data: Readonly<Record<string, string | null>>;
}

export interface VerifyOptions {
  /** How old a signature's timestamp may be, in seconds (replays): 300 unless told. */
  readonly toleranceSeconds?: number;
  /** The time to check against (tests); the clock unless told. */
  readonly now?: Date;
}

/** Why a delivery was refused: its header, its age or its signature. */
export class WebhookSignatureError extends Error {
  override readonly name = 'WebhookSignatureError';
  constructor(
    readonly reason: 'MALFORMED_HEADER' | 'TIMESTAMP_OUT_OF_TOLERANCE' | 'SIGNATURE_MISMATCH',
    message: string,
  ) {
    super(message);
  }
}

const encoder = new TextEncoder();

async function hmacHex(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(message)));
  let hex = '';
  for (const byte of mac) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/** Compares two strings in time that depends on their length only. */
function timingSafeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** The signature header for `payload` signed at `timestamp` (unix seconds) by each secret. */
export async function sign(
  payload: string,
  secrets: readonly string[],
  timestamp: number,
): Promise<string> {
  const signatures = await Promise.all(
    secrets.map((secret) => hmacHex(secret, `${timestamp}.${payload}`)),
  );
  return [`t=${timestamp}`, ...signatures.map((signature) => `v1=${signature}`)].join(',');
}

/**
 * Checks that `payload` (the raw body, exactly as received) was signed by `secret` no more than
 * `toleranceSeconds` ago, and returns the parsed event; throws WebhookSignatureError otherwise.
 */
export async function verify(
  payload: string,
  header: string | null | undefined,
  secret: string,
  options: VerifyOptions = {},
): Promise<WebhookEvent> {
  const tolerance = options.toleranceSeconds ?? 300;
  const now = Math.floor((options.now ?? new Date()).getTime() / 1000);
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of (header ?? '').split(',')) {
    const [key, value] = part.trim().split('=', 2);
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    else if (key === 'v1' && value) signatures.push(value);
  }
  if (timestamp === null || signatures.length === 0) {
    throw new WebhookSignatureError(
      'MALFORMED_HEADER',
      `The ${SIGNATURE_HEADER} header has no t=… and v1=… parts`,
    );
  }
  if (Math.abs(now - timestamp) > tolerance) {
    throw new WebhookSignatureError(
      'TIMESTAMP_OUT_OF_TOLERANCE',
      `The signature is ${Math.abs(now - timestamp)} s from now (tolerance ${tolerance} s): a replay or a stale delivery`,
    );
  }
  const expected = await hmacHex(secret, `${timestamp}.${payload}`);
  if (!signatures.some((signature) => timingSafeEqual(signature, expected))) {
    throw new WebhookSignatureError(
      'SIGNATURE_MISMATCH',
      'No v1 signature matches this secret: the body was altered, or the secret is not this endpoint’s',
    );
  }
  return JSON.parse(payload) as WebhookEvent;
}

/** `webhooks.verify(payload, header, secret)` and `webhooks.sign` (for tests of receivers). */
export const webhooks = Object.freeze({ verify, sign, SIGNATURE_HEADER });
