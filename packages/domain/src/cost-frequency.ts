/**
 * Weekly cost of a support plan line from its CLD Unit Cost, Cost Frequency and Planned Units per
 * Week (domain.md §6.5, anchored to the DHSC costs fact S-02d). The weekly cost is the canonical
 * stored figure; annual = weekly × 52 (S-15 Hampshire pays 13 equal four-weekly payments).
 */
import type { CostFrequency } from './code-lists/cost-frequency.ts';
import { daysInclusive, type IsoDate } from './dates.ts';
import {
  assertNonNegativePence,
  assertPence,
  mulDivHalfUp,
  type Pence,
  roundHalfUp,
} from './money.ts';

export interface UnitCost {
  readonly unitCostPence: Pence;
  readonly costFrequency: CostFrequency;
  /**
   * Planned units per week in hundredths (CLD `Planned_units_per_week` has 2 decimal places:
   * 7.5 hours = 750). Needed only for PER_SESSION, HOURLY and DAILY.
   */
  readonly plannedUnitsPerWeekHundredths?: number | null | undefined;
}

/** Thrown when a per-unit frequency has no planned units per week (see I-14). */
export class MissingPlannedUnitsError extends RangeError {
  override readonly name = 'MissingPlannedUnitsError';
}

/** Weeks per year used for budgets (domain.md §6.5). */
export const WEEKS_PER_YEAR = 52;

/**
 * Weekly cost in pence, rounded half-up per line (§6.5):
 * WEEKLY unit · FORTNIGHTLY unit/2 · FOUR_WEEKLY unit/4 · MONTHLY unit×12/52 · QUARTERLY unit×4/52 ·
 * ANNUALLY unit/52 · HOURLY/DAILY/PER_SESSION unit×plannedUnitsPerWeek · ONE_OFF and NONE → 0
 * (a one-off cost is counted once in period totals, not weekly).
 */
export function weeklyCostPence(cost: UnitCost): Pence {
  const unit = cost.unitCostPence;
  assertNonNegativePence(unit, 'unitCostPence');
  switch (cost.costFrequency) {
    case 'NONE':
    case 'ONE_OFF':
      return 0;
    case 'WEEKLY':
      return unit;
    case 'FORTNIGHTLY':
      return roundHalfUp(unit, 2);
    case 'FOUR_WEEKLY':
      return roundHalfUp(unit, 4);
    case 'MONTHLY':
      return mulDivHalfUp(unit, 12, WEEKS_PER_YEAR);
    case 'QUARTERLY':
      return mulDivHalfUp(unit, 4, WEEKS_PER_YEAR);
    case 'ANNUALLY':
      return roundHalfUp(unit, WEEKS_PER_YEAR);
    case 'PER_SESSION':
    case 'HOURLY':
    case 'DAILY': {
      const hundredths = cost.plannedUnitsPerWeekHundredths;
      if (hundredths === null || hundredths === undefined) {
        throw new MissingPlannedUnitsError(
          `${cost.costFrequency} unit cost needs plannedUnitsPerWeek (CLD cost rules)`,
        );
      }
      if (!Number.isSafeInteger(hundredths) || hundredths < 0) {
        throw new RangeError('plannedUnitsPerWeekHundredths must be a whole number ≥ 0');
      }
      return mulDivHalfUp(unit, hundredths, 100);
    }
  }
}

/**
 * The cost a line adds to a year: weekly × 52, except ONE_OFF, which counts once at its unit
 * cost (§6.5 "counted once in period totals").
 */
export function annualLineCostPence(cost: UnitCost): Pence {
  if (cost.costFrequency === 'ONE_OFF') {
    assertNonNegativePence(cost.unitCostPence, 'unitCostPence');
    return cost.unitCostPence;
  }
  return annualFromWeeklyPence(weeklyCostPence(cost));
}

/** Annual amount from a weekly amount: weekly × 52 (§6.5). */
export function annualFromWeeklyPence(weeklyPence: Pence): Pence {
  assertPence(weeklyPence, 'weeklyPence');
  return mulDivHalfUp(weeklyPence, WEEKS_PER_YEAR, 1);
}

/** Weekly amount from an annual amount: annual / 52, rounded half-up. */
export function weeklyFromAnnualPence(annualPence: Pence): Pence {
  assertPence(annualPence, 'annualPence');
  return roundHalfUp(annualPence, WEEKS_PER_YEAR);
}

/**
 * Cost of an end-inclusive period at a weekly rate: weekly × days / 7, rounded half-up
 * (§6.5 "Period amounts"; DHSC counts (days+1)/7 weeks in a period, S-02d).
 */
export function periodCostPence(weeklyPence: Pence, start: IsoDate, end: IsoDate): Pence {
  assertPence(weeklyPence, 'weeklyPence');
  const days = daysInclusive(start, end);
  if (days < 1) throw new RangeError('Period end is before its start');
  return mulDivHalfUp(weeklyPence, days, 7);
}

const DECIMAL_2DP = /^\d+(?:\.\d{1,2})?$/;

/**
 * Converts a decimal with up to 2 places (`'7.5'`, `12.25`) into hundredths (`750`, `1225`)
 * exactly, for `plannedUnitsPerWeekHundredths`. Throws `RangeError` on negatives or extra places.
 */
export function hundredthsFromDecimal(value: string | number): number {
  const text = typeof value === 'number' ? String(value) : value.trim();
  if (!DECIMAL_2DP.test(text)) {
    throw new RangeError(`Expected a non-negative decimal with at most 2 places: ${text}`);
  }
  const [whole = '0', fraction = ''] = text.split('.');
  const result = Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(result)) throw new RangeError('Decimal too large');
  return result;
}

/** Hundredths back to a decimal string with 2 places (`750` → `'7.50'`). */
export function decimalFromHundredths(hundredths: number): string {
  if (!Number.isSafeInteger(hundredths) || hundredths < 0) {
    throw new RangeError('hundredths must be a whole number ≥ 0');
  }
  return `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}`;
}
