import type { Viewer } from '@openpb/graphql/context';
import { type CryptoKey, createRemoteJWKSet, type JWTVerifyGetKey, jwtVerify } from 'jose';
import { viewerFromClaims } from './token-claims.ts';

/** Resolves a bearer token to a viewer, or null when it is missing, forged, expired or foreign. */
export type TokenVerifier = (token: string) => Promise<Viewer | null>;

export type VerificationKey =
  | { readonly kind: 'jwks'; readonly url: string }
  | { readonly kind: 'local'; readonly publicKey: CryptoKey };

export function createTokenVerifier(options: {
  readonly key: VerificationKey;
  readonly issuer: string;
  readonly audience: string;
}): TokenVerifier {
  const key: JWTVerifyGetKey | CryptoKey =
    options.key.kind === 'jwks'
      ? createRemoteJWKSet(new URL(options.key.url))
      : options.key.publicKey;
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key as CryptoKey, {
        issuer: options.issuer,
        audience: options.audience,
        algorithms: ['ES256', 'RS256', 'PS256', 'EdDSA'],
        clockTolerance: 5,
      });
      return viewerFromClaims(payload);
    } catch {
      return null;
    }
  };
}
