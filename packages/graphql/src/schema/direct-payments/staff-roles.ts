import type { StaffRole } from '../../context.ts';

/** Who may move direct payment money: schedule, pay, post ledger entries, audit, recover. */
export const MONEY_ROLES = ['FINANCE_OFFICER'] as const satisfies readonly StaffRole[];

/** Who may set up a direct payment agreement with the person. */
export const AGREEMENT_ROLES = [
  'QUALIFIED_SOCIAL_WORKER',
  'CARE_COORDINATOR',
  'TEAM_MANAGER',
] as const satisfies readonly StaffRole[];

/** Who may record the personal assistants employed through a direct payment. */
export const EMPLOYMENT_ROLES = [
  ...AGREEMENT_ROLES,
  ...MONEY_ROLES,
] as const satisfies readonly StaffRole[];
