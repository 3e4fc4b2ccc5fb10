import {
  DEFAULT_LA_POLICY,
  type LaPolicy,
  laPolicyInputSchema,
} from '@openpb/domain/entities/council-policy';
import type { SyntheticCouncil } from './councils.ts';
import { type CouncilOrganisations, generateOrganisations } from './organisation-generator.ts';
import type { Random } from './random.ts';
import type { RowBatch } from './row-batch.ts';
import { type CouncilStaff, generateStaff } from './staff-generator.ts';

/** What a council's cases are generated against. */
export interface CouncilSetup {
  readonly council: SyntheticCouncil;
  readonly policy: LaPolicy;
  readonly staff: CouncilStaff;
  readonly organisations: CouncilOrganisations;
}

/** The policy in force since the Care Act came in: the national defaults. */
const POLICY_EFFECTIVE_FROM = '2015-04-01';

/**
 * Draws a council's policy (the defaults, validated as the API validates a council's own),
 * organisations and staff, and adds their rows.
 */
export function generateCouncilSetup(
  random: Random,
  council: SyntheticCouncil,
  peopleCount: number,
  rows: RowBatch,
): CouncilSetup {
  const policy = laPolicyInputSchema.parse({ ...DEFAULT_LA_POLICY });
  rows.add('councilPolicy', {
    id: random.uuid(),
    councilId: council.id,
    effectiveFrom: POLICY_EFFECTIVE_FROM,
    policy,
  });
  const organisations = generateOrganisations(random, council, peopleCount);
  for (const organisation of organisations.all) rows.add('organisation', organisation);
  const staff = generateStaff(random, council, peopleCount, policy);
  for (const member of staff.all) rows.add('staffMember', member);
  return { council, policy, staff, organisations };
}
