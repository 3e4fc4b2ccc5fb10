/**
 * ASCOF 3D from CLD, 2024/25 onwards (domain.md §3.4, §6.6) [S-01f, S-02e, S-04], as data: each
 * part names its cohort, the hierarchy levels of its denominator and of its numerator. Service
 * users (1a, 2a) are counted at a snapshot date, carers (1b, 2b) over the year to it; everybody is
 * counted once, at the best level of the hierarchy, in the age band of their age at the snapshot
 * (who is counted where: ascof-3d-people.ts). Unknown delivery mechanisms stay in the service
 * users' denominator (Create_ASCOF_3D_2425_Onwards.sql, "DEALING WITH UNKNOWNS AND INVALIDS").
 */
import type { CarerSupport } from './carer-support.ts';
import { type Ratio, ratioOf } from './percentage.ts';
import type { SupportSetting } from './support-setting.ts';

export type AscofAgeBand = 'AGE_18_TO_64' | 'AGE_65_AND_OVER';

export const ASCOF_AGE_BANDS: readonly AscofAgeBand[] = ['AGE_18_TO_64', 'AGE_65_AND_OVER'];

interface AscofPartOf<C extends 'SERVICE_USERS' | 'CARERS', L extends string> {
  readonly part: '1a' | '2a' | '1b' | '2b';
  readonly cohort: C;
  readonly description: string;
  readonly denominator: readonly L[];
  readonly numerator: readonly L[];
}

export type ServiceUserPart = AscofPartOf<'SERVICE_USERS', SupportSetting>;
export type CarerPart = AscofPartOf<'CARERS', CarerSupport>;

const COMMUNITY: readonly SupportSetting[] = [
  'COMMUNITY_DIRECT_PAYMENT',
  'COMMUNITY_MANAGED_PERSONAL_BUDGET',
  'COMMUNITY_COMMISSIONED',
  'COMMUNITY_UNKNOWN_MECHANISM',
];

const CARERS_WITH_DIRECT_SUPPORT: readonly CarerSupport[] = [
  'DIRECT_PAYMENT',
  'MANAGED_PERSONAL_BUDGET',
  'COMMISSIONED_SUPPORT',
];

export const ASCOF_3D_1A: ServiceUserPart = {
  part: '1a',
  cohort: 'SERVICE_USERS',
  description:
    'Service users in long-term community support receiving self-directed support (a direct payment or a CASSR managed personal budget).',
  denominator: COMMUNITY,
  numerator: ['COMMUNITY_DIRECT_PAYMENT', 'COMMUNITY_MANAGED_PERSONAL_BUDGET'],
};

export const ASCOF_3D_2A: ServiceUserPart = {
  part: '2a',
  cohort: 'SERVICE_USERS',
  description: 'Service users in long-term community support receiving a direct payment.',
  denominator: COMMUNITY,
  numerator: ['COMMUNITY_DIRECT_PAYMENT'],
};

export const ASCOF_3D_1B: CarerPart = {
  part: '1b',
  cohort: 'CARERS',
  description:
    'Carers receiving carer-specific support in the year through a direct payment or a CASSR managed personal budget.',
  denominator: CARERS_WITH_DIRECT_SUPPORT,
  numerator: ['DIRECT_PAYMENT', 'MANAGED_PERSONAL_BUDGET'],
};

export const ASCOF_3D_2B: CarerPart = {
  part: '2b',
  cohort: 'CARERS',
  description: 'Carers receiving carer-specific support in the year through a direct payment.',
  denominator: CARERS_WITH_DIRECT_SUPPORT,
  numerator: ['DIRECT_PAYMENT'],
};

/** How many people of one age band sit at one level of a hierarchy (what the SQL returns). */
export interface LevelCount<L extends string> {
  readonly level: L;
  readonly ageBand: AscofAgeBand;
  readonly people: number;
}

export interface AscofPartResult {
  readonly total: Ratio;
  readonly byAgeBand: { readonly [B in AscofAgeBand]: Ratio };
}

/** One part's ratios from counts of people by level and age band. */
export function ascofPartResult<L extends string>(
  part: AscofPartOf<'SERVICE_USERS' | 'CARERS', L>,
  counts: readonly LevelCount<L>[],
): AscofPartResult {
  const ratioFor = (bands: readonly AscofAgeBand[]): Ratio => {
    let numerator = 0;
    let denominator = 0;
    for (const count of counts) {
      if (!bands.includes(count.ageBand)) continue;
      if (part.denominator.includes(count.level)) denominator += count.people;
      if (part.numerator.includes(count.level)) numerator += count.people;
    }
    return ratioOf(numerator, denominator);
  };
  return {
    total: ratioFor(ASCOF_AGE_BANDS),
    byAgeBand: {
      AGE_18_TO_64: ratioFor(['AGE_18_TO_64']),
      AGE_65_AND_OVER: ratioFor(['AGE_65_AND_OVER']),
    },
  };
}
