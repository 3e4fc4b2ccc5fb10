/**
 * ASCOF 3D as DHSC computes it beside the figure the records give, and why they differ (D21).
 * DHSC's is the published figure; the recorded one counts every recorded line at its own level,
 * places carer support by the project's reading of its component and ages people exactly.
 */
import {
  ASCOF_3D_1A,
  ASCOF_3D_1B,
  ASCOF_3D_2A,
  ASCOF_3D_2B,
  type AscofAgeBand,
  type AscofPartResult,
  ascofPartResult,
  type LevelCount,
} from './ascof-3d.ts';
import type { AscofMethod } from './ascof-3d-age.ts';
import { type AscofCohort, type AscofCrossCount, hierarchyOf } from './ascof-3d-people.ts';
import { levelOfRank } from './line-hierarchy.ts';

export type AscofPartName = '1a' | '2a' | '1b' | '2b';

export type Ascof3dDifferenceKind = 'AGE_BAND' | 'LEVEL';

export interface Ascof3dDifference {
  readonly cohort: AscofCohort;
  readonly kind: Ascof3dDifferenceKind;
  /** People DHSC counts in another age band or level than the records do, or counts only one way. */
  readonly people: number;
  readonly explanation: string;
}

export interface Ascof3dComparison {
  readonly dhsc: { readonly [P in AscofPartName]: AscofPartResult };
  readonly recorded: { readonly [P in AscofPartName]: AscofPartResult };
  readonly differences: readonly Ascof3dDifference[];
}

const EXPLANATIONS: {
  readonly [C in AscofCohort]: { readonly [K in Ascof3dDifferenceKind]: string };
} = {
  SERVICE_USERS: {
    AGE_BAND:
      'DHSC ages people from the 1st of their birth month in 365.25-day years (CLD carries only the birth year and month); the records give their exact age on the snapshot.',
    LEVEL:
      'DHSC merges services that share a person, start date, client type, service type and service component, keeping one record whatever its delivery mechanism; the records count every line at its own level.',
  },
  CARERS: {
    AGE_BAND:
      'DHSC ages carers from the 1st of their birth month in 365.25-day years (CLD carries only the birth year and month); the records give their exact age on the snapshot.',
    LEVEL:
      'DHSC places support direct to a carer by its delivery mechanism alone (universal services delivered as commissioned support count as commissioned support) and merges services that share a person, start date, client type, service type and component whatever their delivery mechanism; the records place universal-services components at information and advice and count every line.',
  },
};

function levelCounts(
  counts: readonly AscofCrossCount[],
  cohort: AscofCohort,
  method: AscofMethod,
): LevelCount<string>[] {
  const hierarchy = hierarchyOf(cohort, method);
  const result: LevelCount<string>[] = [];
  for (const count of counts) {
    const placement = method === 'DHSC' ? count.dhsc : count.recorded;
    if (count.cohort !== cohort || placement === null) continue;
    result.push({
      level: levelOfRank(hierarchy, placement.rank),
      ageBand: placement.band,
      people: count.people,
    });
  }
  return result;
}

function partsBy(counts: readonly AscofCrossCount[], method: AscofMethod) {
  const serviceUsers = levelCounts(counts, 'SERVICE_USERS', method);
  const carers = levelCounts(counts, 'CARERS', method);
  return {
    '1a': ascofPartResult(ASCOF_3D_1A, serviceUsers),
    '2a': ascofPartResult(ASCOF_3D_2A, serviceUsers),
    '1b': ascofPartResult(ASCOF_3D_1B, carers),
    '2b': ascofPartResult(ASCOF_3D_2B, carers),
  };
}

const bandOf = (placement: { readonly band: AscofAgeBand } | null) => placement?.band ?? null;

/** Both figures of every part from the cross counts, and who is counted differently. */
export function ascof3dComparison(counts: readonly AscofCrossCount[]): Ascof3dComparison {
  const differences: Ascof3dDifference[] = [];
  for (const cohort of ['SERVICE_USERS', 'CARERS'] as const) {
    const inCohort = counts.filter((count) => count.cohort === cohort);
    const byKind: { [K in Ascof3dDifferenceKind]: number } = { AGE_BAND: 0, LEVEL: 0 };
    for (const count of inCohort) {
      if (bandOf(count.dhsc) !== bandOf(count.recorded)) byKind.AGE_BAND += count.people;
      if (count.dhsc && count.recorded && count.dhsc.rank !== count.recorded.rank) {
        byKind.LEVEL += count.people;
      }
    }
    for (const kind of ['AGE_BAND', 'LEVEL'] as const) {
      if (byKind[kind] > 0) {
        differences.push({
          cohort,
          kind,
          people: byKind[kind],
          explanation: EXPLANATIONS[cohort][kind],
        });
      }
    }
  }
  return { dhsc: partsBy(counts, 'DHSC'), recorded: partsBy(counts, 'RECORDED'), differences };
}
