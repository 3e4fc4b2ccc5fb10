import { hashClientSecret, verifyClientSecret } from '@openpb/db/api-clients/client-secret';
import type { PrismaClient } from '@openpb/db/client';
import { type CryptoKey, generateKeyPair, SignJWT } from 'jose';
import { appViewerFromClaims, COUNCIL_CLAIM, ORGANISATION_CLAIM } from './token-claims.ts';
import { createTokenVerifier, type TokenVerifier } from './token-verifier.ts';

interface SignInCredentials {
  readonly client_id: string;
  readonly council_id: string;
  readonly organisation_id: string;
  readonly secret_hash: string;
  readonly active: boolean;
  readonly previous_secret_hash: string | null;
  readonly previous_secret_valid_until: Date | null;
  readonly revoked_at: Date | null;
}

export const CLIENT_TOKEN_ISSUER = 'openpb-api-clients';
const LIFETIME_SECONDS = 15 * 60;

/** Checks a secret against a stored hash (scrypt); injected by tests to count the work done. */
export type SecretVerifier = (secret: string, storedHash: string) => Promise<boolean>;

/** The outcome of a client-credentials exchange; the client, when known, for the audit row. */
export type ExchangeResult =
  | { readonly ok: true; readonly token: string; readonly expiresIn: number }
  | {
      readonly ok: false;
      /** Why, for the audit log only: the caller is always told `invalid_client`. */
      readonly reason: 'UNKNOWN_CLIENT' | 'WRONG_SECRET' | 'REVOKED' | 'INACTIVE';
      readonly client?: { readonly councilId: string };
    };

export interface ClientTokenIssuer {
  /** A short-lived token for valid client credentials, or why not. */
  exchange(clientId: string, clientSecret: string): Promise<ExchangeResult>;
  /** Verifies the tokens this issuer made, and only those, as third-party app identities. */
  readonly verify: TokenVerifier;
}

/**
 * Client-credentials sign-in for third-party apps: the app's secret (stored hashed) is exchanged
 * for a 15-minute ES256 token naming its council and organisation. The signing key lives only in
 * this process, so a restart simply makes apps sign in again.
 *
 * Every exchange does the same work whatever the client id: one look-up, then two scrypt
 * verifications (the current secret and the previous one in its grace period, or a dummy hash
 * in their place), so neither timing nor CPU tells a known client id from an unknown one, or a
 * revoked client from an active one (OWASP ASVS 2.2, account enumeration).
 */
export async function createClientTokenIssuer(
  /** Connections outside any council (TenantDatabases.outsideTenancy). */
  db: PrismaClient,
  audience: string,
  options: { readonly verifySecret?: SecretVerifier; readonly now?: () => number } = {},
): Promise<ClientTokenIssuer> {
  const verifySecret = options.verifySecret ?? verifyClientSecret;
  const now = options.now ?? Date.now;
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const dummyHash = await hashClientSecret('no client has this secret');
  return {
    verify: createTokenVerifier({
      key: { kind: 'local', publicKey: publicKey as CryptoKey },
      issuer: CLIENT_TOKEN_ISSUER,
      audience,
      claims: appViewerFromClaims,
      maxLifetimeSeconds: LIFETIME_SECONDS,
      now,
    }),
    exchange: async (clientId, clientSecret) => {
      // before sign-in the council is unknown: the look-up runs as the table owner (D14)
      const [client] = await db.$queryRaw<SignInCredentials[]>`
        SELECT client_id, council_id, organisation_id, secret_hash, active, previous_secret_hash,
               previous_secret_valid_until, revoked_at
        FROM openpb_api_client_for_sign_in(${clientId})`;
      const previousValid =
        client?.previous_secret_hash &&
        client.previous_secret_valid_until &&
        client.previous_secret_valid_until.getTime() > now();
      const [current, previous] = await Promise.all([
        verifySecret(clientSecret, client?.secret_hash ?? dummyHash),
        verifySecret(clientSecret, previousValid ? (client.previous_secret_hash ?? '') : dummyHash),
      ]);
      if (!client) return { ok: false, reason: 'UNKNOWN_CLIENT' };
      const known = { councilId: client.council_id };
      if (client.revoked_at) return { ok: false, reason: 'REVOKED', client: known };
      if (!client.active) return { ok: false, reason: 'INACTIVE', client: known };
      if (!current && !(previousValid && previous)) {
        return { ok: false, reason: 'WRONG_SECRET', client: known };
      }
      const token = await new SignJWT({
        [COUNCIL_CLAIM]: client.council_id,
        [ORGANISATION_CLAIM]: client.organisation_id,
      })
        .setProtectedHeader({ alg: 'ES256' })
        .setSubject(`client:${client.client_id}`)
        .setIssuer(CLIENT_TOKEN_ISSUER)
        .setAudience(audience)
        .setIssuedAt(Math.floor(now() / 1000))
        .setExpirationTime(Math.floor(now() / 1000) + LIFETIME_SECONDS)
        .sign(privateKey);
      return { ok: true, token, expiresIn: LIFETIME_SECONDS };
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
