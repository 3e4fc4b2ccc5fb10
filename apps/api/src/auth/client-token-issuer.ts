import type { PrismaClient } from '@openpb/db/client';
import { type CryptoKey, generateKeyPair, SignJWT } from 'jose';
import { verifyClientSecret } from './client-secret.ts';
import { COUNCIL_CLAIM, ORGANISATION_CLAIM } from './token-claims.ts';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';

interface SignInCredentials {
  readonly client_id: string;
  readonly council_id: string;
  readonly organisation_id: string;
  readonly secret_hash: string;
  readonly active: boolean;
}

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
  /** Connections outside any council (TenantDatabases.outsideTenancy). */
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
      // before sign-in the council is unknown: the look-up runs as the table owner (D14)
      const [client] = await db.$queryRaw<SignInCredentials[]>`
        SELECT client_id, council_id, organisation_id, secret_hash, active
        FROM openpb_api_client_for_sign_in(${clientId})`;
      if (!client?.active || !(await verifyClientSecret(clientSecret, client.secret_hash)))
        return null;
      const token = await new SignJWT({
        [COUNCIL_CLAIM]: client.council_id,
        [ORGANISATION_CLAIM]: client.organisation_id,
      })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(`client:${client.client_id}`)
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
