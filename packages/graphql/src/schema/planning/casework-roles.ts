import type { StaffRole } from '../../context.ts';

/** Roles that prepare and change support plans (docs/access.md). */
export const CASEWORK_ROLES: readonly StaffRole[] = [
  'QUALIFIED_SOCIAL_WORKER',
  'CARE_COORDINATOR',
  'TEAM_MANAGER',
];

/** Roles that approve plans and sign off personal budgets, within their approval limit (I-5). */
export const APPROVER_ROLES: readonly StaffRole[] = ['QUALIFIED_SOCIAL_WORKER', 'TEAM_MANAGER'];
