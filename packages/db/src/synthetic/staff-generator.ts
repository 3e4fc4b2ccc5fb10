import type { StaffQualification } from '@openpb/domain/code-lists/staff-qualification';
import type { LaPolicy } from '@openpb/domain/entities/council-policy';
import type { SyntheticCouncil } from './councils.ts';
import { DEMO_COUNCIL, DEMO_STAFF } from './demo-council.ts';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from './names.ts';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';

export type StaffRow = TableRows['staffMember'];

/** A council's workforce, grouped the way cases are handed out. */
export interface CouncilStaff {
  readonly all: readonly StaffRow[];
  /** Registered social workers who hold cases (team managers hold none). */
  readonly qualifiedCaseworkers: readonly StaffRow[];
  /** Care coordinators, assessment officers, social care officers and social work assistants. */
  readonly unqualifiedCaseworkers: readonly StaffRow[];
  readonly teamManagerOf: ReadonlyMap<string, StaffRow>;
  readonly headOfService: StaffRow;
  readonly dpOfficers: readonly StaffRow[];
  /** Who audits direct payment accounts: the DP officers and any auditors. */
  readonly auditors: readonly StaffRow[];
}

const TEAMS = [
  'Adults North',
  'Adults South',
  'Adults East',
  'Adults West',
  'Older People Central',
  'Learning Disabilities',
  'Mental Health',
  'Hospital Discharge',
  'Reviewing',
  'Transitions',
  'Physical and Sensory',
  'Community Central',
  'Adults Coastal',
  'Adults Rural',
  'Complex Care',
  'Carers Support',
];

/**
 * Who holds cases, after the pattern of council workforce surveys (domain.md §2): about half
 * registered social workers, the rest non-qualified practitioners under their supervision.
 */
const CASEWORKER_MIX: Readonly<Partial<Record<StaffQualification, number>>> = {
  REGISTERED_SOCIAL_WORKER: 50,
  CARE_COORDINATOR: 16,
  ASSESSMENT_OFFICER: 12,
  SOCIAL_CARE_OFFICER: 10,
  SOCIAL_WORK_ASSISTANT: 12,
};

const JOB_TITLES: Readonly<Partial<Record<StaffQualification, readonly string[]>>> = {
  REGISTERED_SOCIAL_WORKER: ['Social Worker', 'Senior Social Worker', 'Advanced Practitioner'],
  CARE_COORDINATOR: ['Care Coordinator'],
  ASSESSMENT_OFFICER: ['Assessment Officer', 'Community Care Officer'],
  SOCIAL_CARE_OFFICER: ['Social Care Officer'],
  SOCIAL_WORK_ASSISTANT: ['Social Work Assistant'],
  OCCUPATIONAL_THERAPIST: ['Occupational Therapist'],
  DP_OFFICER: ['Direct Payments Officer'],
  FINANCIAL_ASSESSMENT_OFFICER: ['Financial Assessment Officer'],
  BROKER: ['Support Broker'],
};

/** People per caseworker: a full-time caseload of a few dozen. */
const PEOPLE_PER_CASEWORKER = 36;
const CASEWORKERS_PER_TEAM = 10;

function teamName(index: number): string {
  const base = TEAMS[index % TEAMS.length] ?? 'Adults';
  return index < TEAMS.length ? base : `${base} ${Math.floor(index / TEAMS.length) + 1}`;
}

/** Draws the council's staff: team managers and caseworkers per team, specialists, a head of service. */
export function generateStaff(
  random: Random,
  council: SyntheticCouncil,
  peopleCount: number,
  policy: LaPolicy,
): CouncilStaff {
  const limits = policy.approvalLimitsAnnualPence;
  const all: StaffRow[] = [];
  let serial = 0;
  const member = (
    fields: Pick<StaffRow, 'team' | 'qualification' | 'approvalLevel'> & {
      jobTitle?: string;
      subject?: string;
      name?: string;
      approvalLimitAnnualPence?: number | null;
    },
  ): StaffRow => {
    serial += 1;
    const female = random.chance(0.78);
    const qualification = fields.qualification as StaffQualification;
    const row: StaffRow = {
      id: random.uuid(),
      councilId: council.id,
      subject: fields.subject ?? `staff:${council.laCode}-${String(serial).padStart(4, '0')}`,
      name:
        fields.name ??
        `${random.pick(female ? FEMALE_GIVEN_NAMES : MALE_GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`,
      team: fields.team,
      jobTitle: fields.jobTitle ?? random.pick(JOB_TITLES[qualification] ?? ['Practitioner']),
      qualification,
      registrationNumber:
        qualification === 'REGISTERED_SOCIAL_WORKER'
          ? `SW${random.int(10_000, 999_999)}`
          : qualification === 'OCCUPATIONAL_THERAPIST'
            ? `OT${random.int(10_000, 99_999)}`
            : null,
      approvalLevel: fields.approvalLevel,
      approvalLimitAnnualPence:
        fields.approvalLimitAnnualPence !== undefined
          ? fields.approvalLimitAnnualPence
          : qualification === 'REGISTERED_SOCIAL_WORKER'
            ? limits.TEAM
            : 0,
      fteHundredths: random.chance(0.8) ? 100 : random.pick([80, 60, 50]),
      active: true,
    };
    all.push(row);
    return row;
  };

  const demo = council.id === DEMO_COUNCIL.id ? DEMO_STAFF : [];
  const personas = demo.map((persona) => member({ ...persona }));
  const caseworkerCount = Math.max(8, Math.round(peopleCount / PEOPLE_PER_CASEWORKER));
  const teamCount = Math.ceil(caseworkerCount / CASEWORKERS_PER_TEAM);
  const teamManagerOf = new Map<string, StaffRow>();
  for (const persona of personas) {
    if (persona.approvalLevel === 'MANAGER') teamManagerOf.set(persona.team, persona);
  }
  for (let index = 0; index < teamCount; index++) {
    const team = teamName(index);
    if (teamManagerOf.has(team)) continue;
    teamManagerOf.set(
      team,
      member({
        team,
        qualification: 'REGISTERED_SOCIAL_WORKER',
        jobTitle: 'Team Manager',
        approvalLevel: 'MANAGER',
        approvalLimitAnnualPence: limits.MANAGER,
      }),
    );
  }
  const caseworkers = personas.filter(
    (persona) =>
      persona.approvalLevel === 'TEAM' &&
      (persona.qualification === 'REGISTERED_SOCIAL_WORKER' ||
        persona.qualification === 'CARE_COORDINATOR'),
  );
  for (let index = caseworkers.length; index < caseworkerCount; index++) {
    caseworkers.push(
      member({
        team: teamName(index % teamCount),
        qualification: random.weighted(CASEWORKER_MIX as Record<StaffQualification, number>),
        approvalLevel: 'TEAM',
      }),
    );
  }
  const specialists = (qualification: StaffQualification, team: string, perPerson: number) =>
    Array.from({ length: Math.max(1, Math.round(peopleCount / perPerson)) }, () =>
      member({ team, qualification, approvalLevel: 'TEAM' }),
    );
  specialists('OCCUPATIONAL_THERAPIST', 'Occupational Therapy', 420);
  const dpOfficers = [
    ...personas.filter((persona) => persona.qualification === 'DP_OFFICER'),
    ...specialists('DP_OFFICER', 'Direct Payments', 450),
  ];
  specialists('FINANCIAL_ASSESSMENT_OFFICER', 'Financial Assessment', 700);
  specialists('BROKER', 'Brokerage', 2_000);
  const headOfService = member({
    team: 'Adult Social Care Leadership',
    qualification: 'MANAGER',
    jobTitle: 'Head of Adult Social Care',
    approvalLevel: 'HEAD_OF_SERVICE',
    approvalLimitAnnualPence: limits.HEAD_OF_SERVICE,
  });
  const qualified = (row: StaffRow) => row.qualification === 'REGISTERED_SOCIAL_WORKER';
  return {
    all,
    qualifiedCaseworkers: caseworkers.filter(qualified),
    unqualifiedCaseworkers: caseworkers.filter((row) => !qualified(row)),
    teamManagerOf,
    headOfService,
    dpOfficers,
    auditors: [...dpOfficers, ...personas.filter((persona) => persona.qualification === 'OTHER')],
  };
}
