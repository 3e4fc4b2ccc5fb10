import type { Prisma, PrismaClient } from '../client.ts';
import { hashClientSecret, newClientSecret } from './client-secret.ts';

type Db = PrismaClient | Prisma.TransactionClient;

/** How long the previous secret keeps working after a rotation unless the caller says otherwise. */
export const DEFAULT_ROTATION_GRACE_SECONDS = 24 * 60 * 60;

/** A new secret, to show once, and the hash to store (never the secret). */
export async function issueClientSecret(): Promise<{ secret: string; secretHash: string }> {
  const secret = newClientSecret();
  return { secret, secretHash: await hashClientSecret(secret) };
}

/**
 * Gives a client a new secret; the current one stays valid until `now + graceSeconds` so that
 * the app can deploy the new one (0 ends it at once). A second rotation within the grace period
 * ends the first secret. Returns the new secret (shown once) or null when the client is not
 * found in the connection's council or is revoked.
 */
export async function rotateApiClientSecret(
  db: Db,
  options: {
    readonly apiClientId: string;
    readonly now: Date;
    readonly graceSeconds?: number;
  },
): Promise<{ secret: string; previousSecretValidUntil: Date } | null> {
  const client = await db.apiClient.findUnique({ where: { id: options.apiClientId } });
  if (!client || client.revokedAt) return null;
  const { secret, secretHash } = await issueClientSecret();
  const previousSecretValidUntil = new Date(
    options.now.getTime() + (options.graceSeconds ?? DEFAULT_ROTATION_GRACE_SECONDS) * 1000,
  );
  const updated = await db.apiClient.updateMany({
    // only if no one rotated or revoked it meanwhile
    where: { id: client.id, secretHash: client.secretHash, revokedAt: null },
    data: { secretHash, previousSecretHash: client.secretHash, previousSecretValidUntil },
  });
  return updated.count === 1 ? { secret, previousSecretValidUntil } : null;
}

/**
 * Revokes a client: no more sign-in, and its tokens stop working within the identity cache's
 * time (docs/access.md). Idempotent; false when the client is not found in the connection's council.
 */
export async function revokeApiClient(
  db: Db,
  options: { readonly apiClientId: string; readonly now: Date },
): Promise<boolean> {
  await db.apiClient.updateMany({
    where: { id: options.apiClientId, revokedAt: null },
    data: { revokedAt: options.now, active: false },
  });
  return (await db.apiClient.count({ where: { id: options.apiClientId } })) === 1;
}
