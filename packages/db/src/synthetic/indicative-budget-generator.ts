import type { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import type { IsoDate } from '@openpb/domain/dates';
import { DEFAULT_RAS_MODEL } from '@openpb/domain/rules/default-ras-model';
import { calculateIndicativeBudget } from '@openpb/domain/rules/resource-allocation';
import type { Random } from './random.ts';
import type { TableRows } from './tables.ts';
import { timestampOn } from './timestamps.ts';

export type IndicativeBudgetRow = TableRows['indicativeBudget'];

const PENCE_PER_POINT =
  DEFAULT_RAS_MODEL.pricing.kind === 'PRICE_PER_POINT'
    ? DEFAULT_RAS_MODEL.pricing.pencePerPoint
    : 250;

/**
 * The RAS result that planning started from, calculated by the domain's resource allocation
 * system. The questionnaire's other scored factors are drawn so that the final budget lands
 * within a plausible spread (about ±15%) either side of the indicative amount.
 */
export function generateIndicativeBudget(
  random: Random,
  context: {
    councilId: string;
    personId: string;
    assessmentId: string;
    unableToAchieve: readonly EligibilityOutcome[];
    finalWeeklyPence: number;
    calculatedOn: IsoDate;
    sharedOn: IsoDate;
  },
): IndicativeBudgetRow {
  const targetWeekly = context.finalWeeklyPence / random.logNormal(1, 0.15);
  const outcomePoints = context.unableToAchieve.reduce(
    (sum, outcome) => sum + (DEFAULT_RAS_MODEL.pointsPerOutcome[outcome] ?? 0),
    0,
  );
  const otherPoints = Math.max(0, Math.round(targetWeekly / PENCE_PER_POINT) - outcomePoints);
  const dailyLiving = Math.round((otherPoints * random.int(40, 70)) / 100);
  const result = calculateIndicativeBudget(DEFAULT_RAS_MODEL, {
    unableToAchieve: context.unableToAchieve,
    additionalPoints: [
      { label: 'daily living support questionnaire', points: dailyLiving },
      { label: 'risk and supervision questionnaire', points: otherPoints - dailyLiving },
    ].filter((item) => item.points > 0),
  });
  return {
    id: random.uuid(),
    councilId: context.councilId,
    personId: context.personId,
    assessmentId: context.assessmentId,
    rasModelVersion: result.rasModelVersion,
    rasPoints: result.points,
    weeklyAmountPence: result.weeklyAmountPence,
    annualAmountPence: result.annualAmountPence,
    explanation: result.explanation,
    calculatedAt: timestampOn(context.calculatedOn, 14),
    sharedWithPersonOn: context.sharedOn,
  };
}
