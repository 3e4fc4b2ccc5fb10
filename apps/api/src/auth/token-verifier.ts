import type { Viewer } from '@openpb/graphql/context';
import {
  type CryptoKey,
  createRemoteJWKSet,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
} from 'jose';
import { LRUCache } from 'lru-cache';
import type { ClaimsReader } from './token-claims.ts';

/** Resolves a bearer token to a viewer, or null when it is missing, forged, expired or foreign. */
export type TokenVerifier = (token: string) => Promise<Viewer | null>;

export type VerificationKey =
  | { readonly kind: 'jwks'; readonly url: string }
  | { readonly kind: 'local'; readonly publicKey: CryptoKey };

/** Tokens whose signature and claims were verified, kept to skip re-verifying a client's next request. */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_FOR_MS = 60_000;
const CLOCK_TOLERANCE_SECONDS = 5;
/** Staff tokens living longer than this are refused unless configured otherwise (OPENPB_MAX_TOKEN_LIFETIME_SECONDS). */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 60 * 60;

/**
 * Whether a token's lifetime is within the maximum: exp − iat, or exp − now for a token without
 * iat (OWASP ASVS 3.5: short-lived, bounded tokens). A token without exp never qualifies.
 */
export function lifetimeWithin(payload: JWTPayload, maxSeconds: number, nowMs: number): boolean {
  if (typeof payload.exp !== 'number') return false;
  const from = typeof payload.iat === 'number' ? payload.iat : Math.floor(nowMs / 1000);
  return payload.exp - from <= maxSeconds;
}

/**
 * Verifies bearer JWTs with jose (signature, issuer, audience, expiry, and a lifetime no longer
 * than `maxLifetimeSeconds`; a token without `exp` is refused), then reads the identity with
 * `claims` (staff or app: each key makes only its own kind). A verified token is remembered
 * (bounded LRU) until it expires or for a minute, whichever is sooner: verifying an ES256
 * signature costs more CPU than answering a small query (BENCHMARKS.md); only tokens
 * that passed are remembered, so forged ones are checked every time.
 */
export function createTokenVerifier(options: {
  readonly key: VerificationKey;
  readonly issuer: string;
  readonly audience: string;
  readonly claims: ClaimsReader;
  readonly maxLifetimeSeconds?: number;
  /** The clock, in ms since the epoch (tests inject one). */
  readonly now?: () => number;
}): TokenVerifier {
  const now = options.now ?? Date.now;
  const maxLifetime = options.maxLifetimeSeconds ?? DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const key: JWTVerifyGetKey | CryptoKey =
    options.key.kind === 'jwks'
      ? createRemoteJWKSet(new URL(options.key.url))
      : options.key.publicKey;
  const verified = new LRUCache<string, { viewer: Viewer; until: number }>({
    max: VERIFIED_TOKENS,
  });
  return async (token) => {
    const known = verified.get(token);
    if (known && known.until > now()) return known.viewer;
    try {
      const { payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp'],
        currentDate: new Date(now()),
      });
      if (!lifetimeWithin(payload, maxLifetime, now())) return null;
      const viewer = options.claims(payload);
      // until the token expires (without the clock tolerance), and at most a minute, so that a
      // key withdrawn from the JWKS stops being honoured within a minute
      const until = Math.min(now() + VERIFIED_FOR_MS, (payload.exp ?? 0) * 1000);
      if (viewer && until > now()) verified.set(token, { viewer, until });
      return viewer;
    } catch {
      return null;
    }
  };
}
