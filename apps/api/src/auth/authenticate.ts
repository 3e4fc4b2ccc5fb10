import type { TenantDatabases } from '@openpb/db/tenant-databases';
import type { Viewer } from '@openpb/graphql/context';
import { appendAuditEntries } from '../audit/audit-log-writer.ts';
import { bearerToken } from './bearer-token.ts';
import type { IdentityCheck, IdentityDenial } from './identity-check.ts';
import type { TokenVerifier } from './token-verifier.ts';

export type Authentication =
  | { readonly ok: true; readonly viewer: Viewer }
  | {
      readonly ok: false;
      /** 401: no identity we accept (no, a bad or foreign token, an unknown council); 403: a known one not let in. */
      readonly status: 401 | 403;
      readonly outcome: 'UNAUTHENTICATED' | IdentityDenial;
    };

export interface Authenticator {
  readonly verifyToken: TokenVerifier;
  readonly identity: IdentityCheck;
  readonly databases: TenantDatabases;
}

/**
 * Who is calling, for /graphql and the exports alike: a verified bearer token whose identity
 * passes the identity check (identity-check.ts). A refusal is written to the audit log as a
 * DENIAL of `operation` before this returns: without a council when there is no usable token or
 * the council does not exist, else in the token's council.
 */
export async function authenticate(
  authenticator: Authenticator,
  authorization: string | null | undefined,
  operation: string,
  /** The request's X-Request-Id, for the audit row of a refusal. */
  requestId?: string,
): Promise<Authentication> {
  const token = bearerToken(authorization);
  const viewer = token ? await authenticator.verifyToken(token) : null;
  const denial = viewer ? await authenticator.identity(viewer) : 'UNAUTHENTICATED';
  if (viewer && !denial) return { ok: true, viewer };
  const knownCouncil = viewer && denial !== 'UNKNOWN_COUNCIL';
  const query = knownCouncil
    ? authenticator.databases.forCouncil(viewer.councilId).query
    : authenticator.databases.outsideTenancy.query;
  await appendAuditEntries(
    query,
    {
      councilId: knownCouncil ? viewer.councilId : null,
      subject: viewer?.subject ?? 'anonymous',
      requestId,
    },
    [
      {
        kind: 'DENIAL',
        operation,
        entity: null,
        entityIds: [],
        outcome: denial ?? 'UNAUTHENTICATED',
      },
    ],
  );
  const outcome = denial ?? 'UNAUTHENTICATED';
  return {
    ok: false,
    status: outcome === 'UNAUTHENTICATED' || outcome === 'UNKNOWN_COUNCIL' ? 401 : 403,
    outcome,
  };
}
