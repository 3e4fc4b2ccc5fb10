import type { PrismaClient } from '@openpb/db/client';
import type { AuditTrail } from './audit/audit-trail.ts';

/** Roles a council's staff can hold (docs/access.md). */
export type StaffRole =
  | 'QUALIFIED_SOCIAL_WORKER'
  | 'CARE_COORDINATOR'
  | 'TEAM_MANAGER'
  | 'FINANCE_OFFICER'
  | 'AUDITOR'
  | 'COUNCIL_ADMIN';

/** Who is calling, from a verified bearer token. */
export interface Viewer {
  readonly subject: string;
  readonly councilId: string;
  readonly roles: readonly StaffRole[];
}

export interface GraphQLContext {
  readonly viewer: Viewer;
  readonly db: PrismaClient;
  /** The clock for business dates; injectable so that tests can pin "today". */
  readonly now: () => Date;
  /** What this request reads and writes, written to the audit log when it ends. */
  readonly audit: AuditTrail;
}
