import type { StaffRole } from './context.ts';

// The role groups of the permission matrix in docs/access.md, in one place.

/** Case work: people, requests, assessments, safeguarding concerns, reviews, plans, DP agreements. */
export const CASEWORK_ROLES = [
  'QUALIFIED_SOCIAL_WORKER',
  'CARE_COORDINATOR',
  'TEAM_MANAGER',
] as const satisfies readonly StaffRole[];

/** Approve support plans and sign off personal budgets (within their approval limit, I-5). */
export const APPROVER_ROLES = [
  'QUALIFIED_SOCIAL_WORKER',
  'TEAM_MANAGER',
] as const satisfies readonly StaffRole[];

/** Allocate cases to workers. */
export const ALLOCATOR_ROLES = ['TEAM_MANAGER'] as const satisfies readonly StaffRole[];

/** Move direct-payment money: schedule, pay, post ledger entries, audit, recover. */
export const MONEY_ROLES = ['FINANCE_OFFICER'] as const satisfies readonly StaffRole[];

/** Record the personal assistants employed through a direct payment. */
export const EMPLOYMENT_ROLES = [
  ...CASEWORK_ROLES,
  ...MONEY_ROLES,
] as const satisfies readonly StaffRole[];

/** Read the audit log. */
export const AUDIT_READER_ROLES = [
  'AUDITOR',
  'COUNCIL_ADMIN',
] as const satisfies readonly StaffRole[];

/** Read council-wide reports and returns: ASCOF, CLD, operational lists, the council summary. */
export const REPORTING_ROLES = [
  'TEAM_MANAGER',
  'COUNCIL_ADMIN',
  'AUDITOR',
] as const satisfies readonly StaffRole[];

/** Onboard third-party apps: register organisations and API clients, rotate and revoke secrets. */
export const ONBOARDING_ROLES = ['COUNCIL_ADMIN'] as const satisfies readonly StaffRole[];

/** Read the money reports: payments due, direct-payment surpluses, recoveries, the council summary. */
export const MONEY_REPORTING_ROLES = [
  ...MONEY_ROLES,
  ...REPORTING_ROLES,
] as const satisfies readonly StaffRole[];
