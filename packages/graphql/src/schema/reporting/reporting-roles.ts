import type { StaffRole } from '../../context.ts';

/** Roles that may read council-wide reports and returns (docs/access.md). */
export const REPORTING_ROLES = [
  'TEAM_MANAGER',
  'COUNCIL_ADMIN',
  'AUDITOR',
] as const satisfies readonly StaffRole[];
