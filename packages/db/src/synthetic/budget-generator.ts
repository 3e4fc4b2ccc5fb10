import { addDays, type IsoDate } from '@openpb/domain/dates';
import { CASELOAD_PROFILE } from './caseload-profile.ts';
import type { SyntheticPerson } from './person-generator.ts';
import type { Random } from './random.ts';

type DeploymentMode = 'DIRECT_PAYMENT' | 'LA_MANAGED' | 'ISF' | 'LA_COMMISSIONED';

export interface SyntheticBudget {
  readonly id: string;
  readonly councilId: string;
  readonly personId: string;
  readonly version: number;
  readonly status: 'SIGNED_OFF' | 'SUPERSEDED';
  readonly annualTotalPence: number;
  readonly annualLaContributionPence: number;
  readonly annualPersonContributionPence: number;
  readonly effectiveFrom: IsoDate;
  readonly effectiveTo: IsoDate | null;
  readonly deployments: readonly { id: string; mode: DeploymentMode; annualAmountPence: number }[];
}

/** Whole pounds a week, as councils set them, times 52 weeks. */
function annualFromWeeklyPounds(weeklyPence: number): number {
  return Math.max(1, Math.round(weeklyPence / 100)) * 100 * 52;
}

function deploy(
  random: Random,
  annualTotalPence: number,
  directPayment: boolean,
): SyntheticBudget['deployments'] {
  if (directPayment && random.chance(0.15)) {
    // a mixed package: part direct payment, part commissioned by the council; each part is a
    // whole weekly amount × 52 so that its plan lines cost exactly as much (I-2)
    const dpShare = Math.round((annualTotalPence / 52) * (random.int(50, 80) / 100)) * 52;
    return [
      { id: random.uuid(), mode: 'DIRECT_PAYMENT', annualAmountPence: dpShare },
      { id: random.uuid(), mode: 'LA_COMMISSIONED', annualAmountPence: annualTotalPence - dpShare },
    ];
  }
  const mode: DeploymentMode = directPayment
    ? 'DIRECT_PAYMENT'
    : random.weighted({ LA_COMMISSIONED: 70, LA_MANAGED: 24, ISF: 6 });
  return [{ id: random.uuid(), mode, annualAmountPence: annualTotalPence }];
}

/**
 * The person's budgets: none for some (still being assessed), else the signed-off budget in force,
 * and for a quarter an earlier version it superseded. Amounts satisfy I-1 and I-4 exactly.
 */
export function generateBudgets(
  random: Random,
  person: SyntheticPerson,
  asOf: IsoDate,
): SyntheticBudget[] {
  if (random.chance(0.08)) return [];
  const profile = CASELOAD_PROFILE[person.primarySupportReason];
  const directPayment =
    person.mentalCapacityForDp !== 'NOT_ASSESSED' && random.chance(profile.directPayment);
  const versions = random.chance(0.25) ? 2 : 1;
  const budgets: SyntheticBudget[] = [];
  let effectiveFrom = addDays(asOf, -random.int(versions === 2 ? 600 : 30, 3 * 365));
  let weeklyPence = random.logNormal(profile.medianWeeklyPence, 0.45);
  for (let version = 1; version <= versions; version++) {
    const annualTotalPence = annualFromWeeklyPounds(weeklyPence);
    const paysNothing = random.chance(0.35);
    const annualPersonContributionPence = paysNothing
      ? 0
      : Math.round((annualTotalPence * random.int(5, 35)) / 100 / 52) * 52;
    const next = version < versions ? addDays(effectiveFrom, random.int(180, 500)) : null;
    budgets.push({
      id: random.uuid(),
      councilId: person.councilId,
      personId: person.id,
      version,
      status: next ? 'SUPERSEDED' : 'SIGNED_OFF',
      annualTotalPence,
      annualPersonContributionPence,
      annualLaContributionPence: annualTotalPence - annualPersonContributionPence,
      effectiveFrom,
      effectiveTo: next ? addDays(next, -1) : null,
      deployments: deploy(random, annualTotalPence, directPayment),
    });
    if (next) {
      effectiveFrom = next;
      weeklyPence *= random.logNormal(1.08, 0.1);
    }
  }
  return budgets;
}
