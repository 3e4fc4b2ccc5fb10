import type { Viewer } from '@openpb/graphql/context';
import { type CryptoKey, createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { LRUCache } from 'lru-cache';
import { viewerFromClaims } from './token-claims.ts';

/** Resolves a bearer token to a viewer, or null when it is missing, forged, expired or foreign. */
export type TokenVerifier = (token: string) => Promise<Viewer | null>;

export type VerificationKey =
  | { readonly kind: 'jwks'; readonly url: string }
  | { readonly kind: 'local'; readonly publicKey: CryptoKey };

/** Tokens whose signature and claims were verified, kept to skip re-verifying a client's next request. */
const VERIFIED_TOKENS = 10_000;
const VERIFIED_FOR_MS = 60_000;

/**
 * Verifies bearer JWTs with jose (signature, issuer, audience, expiry). A verified token is
 * remembered (bounded LRU) until it expires or for a minute, whichever is sooner: verifying an
 * ES256 signature costs more CPU than answering a small query (BENCHMARKS.md, issue 4); only
 * tokens that passed are remembered, so forged ones are checked every time.
 */
export function createTokenVerifier(options: {
  readonly key: VerificationKey;
  readonly issuer: string;
  readonly audience: string;
}): TokenVerifier {
  const key: JWTVerifyGetKey | CryptoKey =
    options.key.kind === 'jwks'
      ? createRemoteJWKSet(new URL(options.key.url))
      : options.key.publicKey;
  const verified = new LRUCache<string, Viewer>({ max: VERIFIED_TOKENS });
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    try {
      const { payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: 5,
      });
      const viewer = viewerFromClaims(payload);
      // until the token expires (without the clock tolerance), and at most a minute, so that a
      // key withdrawn from the JWKS stops being honoured within a minute
      const ttl = Math.min(VERIFIED_FOR_MS, (payload.exp ?? 0) * 1000 - Date.now());
      if (viewer && ttl > 0) verified.set(token, viewer, { ttl });
      return viewer;
    } catch {
      return null;
    }
  };
}
