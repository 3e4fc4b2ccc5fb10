import type { PrismaClient } from '@openpb/db/client';
import { type CryptoKey, generateKeyPair, SignJWT } from 'jose';
import { verifyClientSecret } from './client-secret.ts';
import { COUNCIL_CLAIM, ORGANISATION_CLAIM } from './token-claims.ts';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';

export const CLIENT_TOKEN_ISSUER = 'openpb-api-clients';
const LIFETIME_SECONDS = 15 * 60;

export interface ClientTokenIssuer {
  /** A short-lived token for valid client credentials, or null. */
  exchange(
    clientId: string,
    clientSecret: string,
  ): Promise<{ token: string; expiresIn: number } | null>;
  /** Verifies the tokens this issuer made. */
  readonly verify: TokenVerifier;
}

/**
 * Client-credentials sign-in for third-party apps: the app's secret (stored hashed) is exchanged
 * for a 15-minute ES256 token naming its council and organisation. The signing key lives only in
 * this process, so a restart simply makes apps sign in again.
 */
export async function createClientTokenIssuer(
  db: PrismaClient,
  audience: string,
): Promise<ClientTokenIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return {
    verify: createTokenVerifier({
      key: { kind: 'local', publicKey: publicKey as CryptoKey },
      issuer: CLIENT_TOKEN_ISSUER,
      audience,
    }),
    exchange: async (clientId, clientSecret) => {
      const client = await db.apiClient.findUnique({ where: { clientId } });
      if (!client?.active || !(await verifyClientSecret(clientSecret, client.secretHash)))
        return null;
      const token = await new SignJWT({
        [COUNCIL_CLAIM]: client.councilId,
        [ORGANISATION_CLAIM]: client.organisationId,
      })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(`client:${client.clientId}`)
        .setIssuer(CLIENT_TOKEN_ISSUER)
        .setAudience(audience)
        .setIssuedAt()
        .setExpirationTime(`${LIFETIME_SECONDS}s`)
        .sign(privateKey);
      return { token, expiresIn: LIFETIME_SECONDS };
    },
  };
}

/** Tries each verifier in turn: the council's identity provider, then the app tokens. */
export function anyOfVerifiers(...verifiers: readonly TokenVerifier[]): TokenVerifier {
  return async (token) => {
    for (const verify of verifiers) {
      const viewer = await verify(token);
      if (viewer) return viewer;
    }
    return null;
  };
}
