import type { TenantDatabases } from '@openpb/db/tenant-databases';
import type { Viewer } from '@openpb/graphql/context';
import { LRUCache } from 'lru-cache';

/** Why a verified token's identity is not let in. */
export type IdentityDenial = 'UNKNOWN_COUNCIL' | 'NO_STAFF_RECORD' | 'CLIENT_REVOKED';

/** Whether a verified token's subject may act in its council now: null when it may. */
export type IdentityCheck = (viewer: Viewer) => Promise<IdentityDenial | null>;

/** How long a confirmed identity is trusted without asking the database again. */
export const IDENTITY_CACHE_TTL_MS = 30_000;
const CACHED_IDENTITIES = 10_000;
const CACHED_COUNCILS = 1_000;

const CLIENT_SUBJECT = /^client:(.+)$/;

/**
 * The identity behind a verified token, checked on every request (queries, exports and
 * mutations): the council must exist, asked on a connection outside every council before any of
 * the council's connections is used (so a token naming an unknown council creates nothing); a
 * staff member needs an active staff record in the council (ASVS 4.1.3: the server enforces
 * access on every request); an app's API client must be neither revoked nor inactive.
 *
 * Only confirmations are cached, for `ttlMs` (30 s by default) on `now`: a leaver deactivated or a
 * client revoked loses access within that time; a refusal is asked again next time, so a record
 * created later is honoured at once.
 */
export function createIdentityCheck(options: {
  readonly databases: TenantDatabases;
  readonly ttlMs?: number;
  /** The clock, in ms since the epoch (tests inject one). */
  readonly now?: () => number;
}): IdentityCheck {
  const ttl = options.ttlMs ?? IDENTITY_CACHE_TTL_MS;
  const now = options.now ?? Date.now;
  const councils = new LRUCache<string, number>({ max: CACHED_COUNCILS });
  const identities = new LRUCache<string, number>({ max: CACHED_IDENTITIES });
  const fresh = (cache: LRUCache<string, number>, key: string) => (cache.get(key) ?? 0) > now();

  const councilExists = async (councilId: string) => {
    if (fresh(councils, councilId)) return true;
    const [row] = await options.databases.outsideTenancy.query<{ exists: boolean }>(
      'SELECT openpb_council_exists($1::uuid) AS exists',
      [councilId],
      'openpb_council_exists',
    );
    if (row?.exists) councils.set(councilId, now() + ttl);
    return row?.exists === true;
  };

  const identityDenial = async (viewer: Viewer): Promise<IdentityDenial | null> => {
    const { query } = options.databases.forCouncil(viewer.councilId);
    if (viewer.organisationId !== undefined) {
      const clientId = CLIENT_SUBJECT.exec(viewer.subject)?.[1] ?? '';
      const [client] = await query<{ usable: boolean }>(
        `SELECT active AND revoked_at IS NULL AS usable FROM api_client
         WHERE council_id = $1 AND client_id = $2 AND organisation_id = $3`,
        [viewer.councilId, clientId, viewer.organisationId],
        'openpb_identity_client',
      );
      return client?.usable ? null : 'CLIENT_REVOKED';
    }
    const [staff] = await query<{ active: boolean }>(
      'SELECT active FROM staff_member WHERE council_id = $1 AND subject = $2',
      [viewer.councilId, viewer.subject],
      'openpb_identity_staff',
    );
    return staff?.active ? null : 'NO_STAFF_RECORD';
  };

  return async (viewer) => {
    const key = `${viewer.councilId} ${viewer.organisationId ?? ''} ${viewer.subject}`;
    if (fresh(identities, key)) return null;
    if (!(await councilExists(viewer.councilId))) return 'UNKNOWN_COUNCIL';
    const denial = await identityDenial(viewer);
    if (!denial) identities.set(key, now() + ttl);
    return denial;
  };
}
