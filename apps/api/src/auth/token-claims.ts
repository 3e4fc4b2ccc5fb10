import type { StaffRole, Viewer } from '@openpb/graphql/context';
import type { JWTPayload } from 'jose';
import { z } from 'zod';

/** Custom claims an OpenPB access token carries besides `sub`, `iss`, `aud` and `exp`. */
export const COUNCIL_CLAIM = 'openpb_council';
export const ROLES_CLAIM = 'openpb_roles';
/** A third-party app's organisation; its tokens carry no staff roles. */
export const ORGANISATION_CLAIM = 'openpb_org';

/** Every staff role a token may carry (docs/access.md). */
export const STAFF_ROLES = [
  'QUALIFIED_SOCIAL_WORKER',
  'CARE_COORDINATOR',
  'TEAM_MANAGER',
  'FINANCE_OFFICER',
  'AUDITOR',
  'COUNCIL_ADMIN',
] as const satisfies readonly StaffRole[];

const staffClaimsSchema = z.object({
  sub: z.string().min(1),
  [COUNCIL_CLAIM]: z.uuid(),
  [ROLES_CLAIM]: z.array(z.enum(STAFF_ROLES)).min(1),
});

const thirdPartyClaimsSchema = z.object({
  sub: z.string().min(1),
  [COUNCIL_CLAIM]: z.uuid(),
  [ORGANISATION_CLAIM]: z.uuid(),
});

/** The kind of identity a verifier's tokens may stand for. */
export type ClaimsReader = (payload: JWTPayload) => Viewer | null;

/**
 * A staff member, from a token of the council's identity provider. A token that carries an
 * app's organisation claim is refused: only the API's own client-token key makes app identities.
 */
export const staffViewerFromClaims: ClaimsReader = (payload) => {
  if (payload[ORGANISATION_CLAIM] !== undefined) return null;
  const claims = staffClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  return {
    subject: claims.data.sub,
    councilId: claims.data[COUNCIL_CLAIM],
    roles: claims.data[ROLES_CLAIM],
  };
};

/** A third-party app, from a token of the API's client-credentials exchange; never staff roles. */
export const appViewerFromClaims: ClaimsReader = (payload) => {
  if (payload[ROLES_CLAIM] !== undefined) return null;
  const claims = thirdPartyClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  return {
    subject: claims.data.sub,
    councilId: claims.data[COUNCIL_CLAIM],
    roles: [],
    organisationId: claims.data[ORGANISATION_CLAIM],
  };
};
