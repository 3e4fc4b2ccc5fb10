import { DEMO_COUNCIL } from '@openpb/db/synthetic/demo-council';
import type { StaffRole } from '@openpb/graphql/context';

export interface Persona {
  readonly key: string;
  readonly name: string;
  readonly title: string;
  readonly subject: string;
  readonly councilId: string;
  readonly roles: readonly StaffRole[];
}

/** Development and demo sign-in identities, all staff of the synthetic demo council. */
export const PERSONAS: readonly Persona[] = [
  {
    key: 'social-worker',
    name: 'Amara Okafor',
    title: 'Qualified social worker',
    subject: 'staff:social-worker',
    councilId: DEMO_COUNCIL.id,
    roles: ['QUALIFIED_SOCIAL_WORKER'],
  },
  {
    key: 'care-coordinator',
    name: 'Tom Hughes',
    title: 'Care coordinator (non-qualified)',
    subject: 'staff:care-coordinator',
    councilId: DEMO_COUNCIL.id,
    roles: ['CARE_COORDINATOR'],
  },
  {
    key: 'team-manager',
    name: 'Priya Shah',
    title: 'Team manager',
    subject: 'staff:team-manager',
    councilId: DEMO_COUNCIL.id,
    roles: ['TEAM_MANAGER'],
  },
  {
    key: 'finance-officer',
    name: 'Gareth Lloyd',
    title: 'Direct payments finance officer',
    subject: 'staff:finance-officer',
    councilId: DEMO_COUNCIL.id,
    roles: ['FINANCE_OFFICER'],
  },
  {
    key: 'auditor',
    name: 'Helen Marsh',
    title: 'Auditor (read-only)',
    subject: 'staff:auditor',
    councilId: DEMO_COUNCIL.id,
    roles: ['AUDITOR'],
  },
  {
    key: 'council-admin',
    name: 'Sam Whitfield',
    title: 'Council administrator (registers third-party apps)',
    subject: 'staff:council-admin',
    councilId: DEMO_COUNCIL.id,
    roles: ['COUNCIL_ADMIN'],
  },
];

export function findPersona(key: string): Persona | undefined {
  return PERSONAS.find((persona) => persona.key === key);
}
