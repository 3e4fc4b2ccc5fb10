import type { PrismaClient } from '@openpb/db/client';
import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import type { StaffRole } from '@openpb/graphql/context';

/** Staff of the demo council, one per role, with the token subject each signs in with. */
export const STAFF = {
  socialWorker: {
    subject: 'staff:sw',
    role: 'QUALIFIED_SOCIAL_WORKER',
    qualification: 'REGISTERED_SOCIAL_WORKER',
    approvalLevel: 'TEAM',
    limit: 1_500_000,
  },
  careCoordinator: {
    subject: 'staff:cc',
    role: 'CARE_COORDINATOR',
    qualification: 'CARE_COORDINATOR',
    approvalLevel: 'TEAM',
    limit: 0,
  },
  teamManager: {
    subject: 'staff:tm',
    role: 'TEAM_MANAGER',
    qualification: 'REGISTERED_SOCIAL_WORKER',
    approvalLevel: 'MANAGER',
    limit: 4_900_000,
  },
  financeOfficer: {
    subject: 'staff:fo',
    role: 'FINANCE_OFFICER',
    qualification: 'DP_OFFICER',
    approvalLevel: 'TEAM',
    limit: 0,
  },
  auditor: {
    subject: 'staff:au',
    role: 'AUDITOR',
    qualification: 'OTHER',
    approvalLevel: 'TEAM',
    limit: 0,
  },
} as const satisfies Record<
  string,
  { subject: string; role: StaffRole; qualification: string; approvalLevel: string; limit: number }
>;

export type StaffKey = keyof typeof STAFF;

/** The demo council with one staff member per role and one person; returns their ids. */
export async function createCouncilWithStaff(db: PrismaClient) {
  await db.council.create({ data: { ...DEMO_COUNCIL } });
  const staffIds = {} as Record<StaffKey, string>;
  for (const [key, staff] of Object.entries(STAFF) as [StaffKey, (typeof STAFF)[StaffKey]][]) {
    const row = await db.staffMember.create({
      data: {
        councilId: DEMO_COUNCIL.id,
        subject: staff.subject,
        name: `Test ${key}`,
        team: 'Adults North',
        jobTitle: key,
        qualification: staff.qualification,
        approvalLevel: staff.approvalLevel,
        approvalLimitAnnualPence: staff.limit,
      },
    });
    staffIds[key] = row.id;
  }
  const person = await db.person.create({
    data: {
      councilId: DEMO_COUNCIL.id,
      laPersonId: 'EM-100001',
      nhsNumber: '9990000018',
      givenName: 'Edith',
      familyName: 'Crawley',
      birthDate: new Date('1941-06-14T00:00:00Z'),
      gender: 'FEMALE',
      ethnicity: 'WHITE_BRITISH',
      postcode: 'EM1 2AB',
      clientType: 'SERVICE_USER',
      primarySupportReason: 'PHYSICAL_PERSONAL_CARE',
      accommodationStatus: 'OWNER_OCCUPIER',
      mentalCapacityForDp: 'CAPACITY_PRESENT',
    },
  });
  return { councilId: DEMO_COUNCIL.id, staffIds, personId: person.id };
}

/** The Relay global id of a row. */
export function globalId(typename: string, id: string): string {
  return Buffer.from(`${typename}:${id}`).toString('base64');
}

/** A council with no records, whose callers pass the identity check (every request needs a council that exists). */
export async function addEmptyCouncil(
  db: PrismaClient,
  id = '00000000-0000-7000-8000-000000000001',
): Promise<string> {
  await db.council.create({ data: { id, laCode: 'Z98', name: 'Empty Council', region: 'London' } });
  return id;
}

/** A support-plan line: a £150 weekly direct payment for a personal assistant (£7,800 a year). */
export const personalAssistant = {
  description: 'Personal assistant for shopping and community activities',
  serviceType: 'LT_COMMUNITY',
  serviceComponent: 'DIRECT_PAYMENT',
  deliveryMechanism: 'DIRECT_PAYMENT',
  unitCostPence: 15_000,
  costFrequency: 'WEEKLY',
  startDate: '2026-12-01',
};
