/**
 * The fictional council that the synthetic data set always contains first, so that development
 * tokens and the demo can name it without a database round trip. `990` is not a real CLD LA code.
 */
export const DEMO_COUNCIL = {
  id: '0190a7c0-0000-7000-8000-000000000990',
  laCode: '990',
  name: 'Eastmere Borough Council',
  region: 'East of England',
} as const;

/** A staff member of the demo council who signs in as a development persona. */
export interface DemoStaffMember {
  readonly subject: string;
  readonly name: string;
  readonly team: string;
  readonly jobTitle: string;
  readonly qualification: 'REGISTERED_SOCIAL_WORKER' | 'CARE_COORDINATOR' | 'DP_OFFICER' | 'OTHER';
  readonly approvalLevel: 'TEAM' | 'MANAGER';
  readonly approvalLimitAnnualPence: number;
}

/**
 * The demo council's staff behind the development personas (apps/api/src/auth/personas.ts):
 * same token subjects and names, with the approval limits of the default council policy.
 */
export const DEMO_STAFF: readonly DemoStaffMember[] = [
  {
    subject: 'staff:social-worker',
    name: 'Amara Okafor',
    team: 'Adults North',
    jobTitle: 'Social Worker',
    qualification: 'REGISTERED_SOCIAL_WORKER',
    approvalLevel: 'TEAM',
    approvalLimitAnnualPence: 1_500_000,
  },
  {
    subject: 'staff:care-coordinator',
    name: 'Tom Hughes',
    team: 'Adults North',
    jobTitle: 'Care Coordinator',
    qualification: 'CARE_COORDINATOR',
    approvalLevel: 'TEAM',
    approvalLimitAnnualPence: 0,
  },
  {
    subject: 'staff:team-manager',
    name: 'Priya Shah',
    team: 'Adults North',
    jobTitle: 'Team Manager',
    qualification: 'REGISTERED_SOCIAL_WORKER',
    approvalLevel: 'MANAGER',
    approvalLimitAnnualPence: 4_900_000,
  },
  {
    subject: 'staff:finance-officer',
    name: 'Gareth Lloyd',
    team: 'Direct Payments',
    jobTitle: 'Direct Payments Finance Officer',
    qualification: 'DP_OFFICER',
    approvalLevel: 'TEAM',
    approvalLimitAnnualPence: 0,
  },
  {
    subject: 'staff:auditor',
    name: 'Helen Marsh',
    team: 'Audit and Assurance',
    jobTitle: 'Auditor',
    qualification: 'OTHER',
    approvalLevel: 'TEAM',
    approvalLimitAnnualPence: 0,
  },
  {
    subject: 'staff:council-admin',
    name: 'Sam Whitfield',
    team: 'Digital and Information',
    jobTitle: 'Council Administrator',
    qualification: 'OTHER',
    approvalLevel: 'TEAM',
    approvalLimitAnnualPence: 0,
  },
];
