import type { IsoDate } from '@openpb/domain/dates';
import { effectiveOn, type LaPolicy } from '@openpb/domain/entities/council-policy';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';

export type FinancialAssessmentRow = TableRows['financialAssessment'];

/**
 * Weekly Minimum Income Guarantee used by the synthetic means tests, in pence: pension age and
 * a working-age disabled adult (Charging Regs reg 7; illustrative rates, councils enter theirs).
 */
const WEEKLY_MIG_PENCE = { pensionAge: 22_870, workingAge: 15_290 } as const;

/** Pence of tariff income per week for each £250 (or part) of capital over the lower limit. */
const TARIFF_STEP_PENCE = 25_000;

/** Weekly tariff income from capital (Charging Regs: £1 a week per £250 above the lower limit). */
export function tariffIncomePence(capitalPence: number, lowerLimitPence: number): number {
  if (capitalPence <= lowerLimitPence) return 0;
  return Math.ceil((capitalPence - lowerLimitPence) / TARIFF_STEP_PENCE) * 100;
}

/** The means-test arithmetic: assessable income less MIG and disability expenses, plus tariff. */
export function assessedWeeklyContributionPence(input: {
  readonly capitalPence: number;
  readonly lowerLimitPence: number;
  readonly weeklyAssessableIncomePence: number;
  readonly weeklyMigPence: number;
  readonly weeklyDisabilityExpenditurePence: number;
}): number {
  return Math.max(
    0,
    input.weeklyAssessableIncomePence -
      input.weeklyMigPence -
      input.weeklyDisabilityExpenditurePence +
      tariffIncomePence(input.capitalPence, input.lowerLimitPence),
  );
}

/**
 * A means test whose result is exactly the weekly contribution in the personal budget: capital
 * below the upper limit (in the tariff band for some), income, MIG and disability-related
 * expenditure chosen so that the charging arithmetic gives `weeklyContributionPence`.
 */
export function generateFinancialAssessment(
  random: Random,
  context: {
    councilId: string;
    personId: string;
    policy: LaPolicy;
    pensionAge: boolean;
    weeklyContributionPence: number;
    completed: IsoDate;
    effectiveFrom: IsoDate;
  },
): FinancialAssessmentRow {
  const limits = effectiveOn(context.policy.capitalLimits, context.effectiveFrom);
  if (!limits) throw new Error('The council policy has no capital limits in force');
  const mig = context.pensionAge ? WEEKLY_MIG_PENCE.pensionAge : WEEKLY_MIG_PENCE.workingAge;
  const disabilityExpenditure = random.int(0, 30) * 100;
  const contribution = context.weeklyContributionPence;
  let capital = random.int(0, Math.floor(limits.lowerPence / 100)) * 100;
  if (contribution > 0 && random.chance(0.3)) {
    const inBand = limits.lowerPence + random.int(1, 9_000) * 100;
    if (tariffIncomePence(inBand, limits.lowerPence) <= contribution) capital = inBand;
  }
  const tariff = tariffIncomePence(capital, limits.lowerPence);
  const income =
    contribution > 0
      ? contribution - tariff + mig + disabilityExpenditure
      : Math.max(0, mig + disabilityExpenditure - random.int(0, 4_000));
  return {
    id: random.uuid(),
    councilId: context.councilId,
    personId: context.personId,
    completedDate: context.completed,
    lightTouch: false,
    capitalPence: capital,
    weeklyAssessableIncomePence: income,
    weeklyMigPence: mig,
    weeklyDisabilityExpenditurePence: disabilityExpenditure,
    assessedWeeklyContributionPence: assessedWeeklyContributionPence({
      capitalPence: capital,
      lowerLimitPence: limits.lowerPence,
      weeklyAssessableIncomePence: income,
      weeklyMigPence: mig,
      weeklyDisabilityExpenditurePence: disabilityExpenditure,
    }),
    resultingFundingStatus:
      contribution > 0 ? 'JOINT_CLIENT_AND_SOCIAL_CARE_FUNDED' : 'FULLY_SOCIAL_CARE_FUNDED',
    effectiveFrom: context.effectiveFrom,
  };
}
