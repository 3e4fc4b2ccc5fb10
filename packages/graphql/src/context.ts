import type { PrismaClient } from '@openpb/db/client';
import type { SqlQuery } from '@openpb/db/sql-query';
import type { SqlTransaction } from '@openpb/db/sql-transaction';
import type { DelegatedAccess } from './access/delegated-access.ts';
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
  /** Staff roles; empty for a third-party app. */
  readonly roles: readonly StaffRole[];
  /** For a third-party app (broker, support planner, DPSS): its organisation. */
  readonly organisationId?: string | undefined;
}

export interface GraphQLContext {
  readonly viewer: Viewer;
  /**
   * The request's id: the caller's X-Request-Id when valid, else one the API made; returned on
   * the response and written in log lines (and audit rows), so one request can be traced.
   */
  readonly requestId: string;
  readonly db: PrismaClient;
  /** The same connections without Prisma: for the compiled SQL reads (docs/decisions.md D15). */
  readonly query: SqlQuery;
  /** A transaction on the same connections without Prisma: the write steps (D106). */
  readonly transaction: SqlTransaction;
  /** The clock for business dates; injectable so that tests can pin "today". */
  readonly now: () => Date;
  /** What this request reads and writes, written to the audit log when it ends. */
  readonly audit: AuditTrail;
  /** For a third-party app: the people who delegated to it, and the scopes they gave. */
  readonly delegatedAccess: DelegatedAccess;
}
