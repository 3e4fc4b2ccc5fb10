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

/** The viewer a verified token stands for, or null when its claims are not ours. */
export function viewerFromClaims(payload: JWTPayload): Viewer | null {
  if (payload[ORGANISATION_CLAIM] !== undefined) {
    const claims = thirdPartyClaimsSchema.safeParse(payload);
    if (!claims.success) return null;
    return {
      subject: claims.data.sub,
      councilId: claims.data[COUNCIL_CLAIM],
      roles: [],
      organisationId: claims.data[ORGANISATION_CLAIM],
    };
  }
  const claims = staffClaimsSchema.safeParse(payload);
  if (!claims.success) return null;
  return {
    subject: claims.data.sub,
    councilId: claims.data[COUNCIL_CLAIM],
    roles: claims.data[ROLES_CLAIM],
  };
}
