import { needsPlannedUnits } from '@openpb/domain/code-lists/cost-frequency';
import { weeklyCostPence } from '@openpb/domain/cost-frequency';
import type { Random } from './random.ts';
import type { PlanPartRecipes, ServiceRecipe } from './service-catalogue.ts';

/** A line's recipe with its unit cost, planned units and the weekly cost the domain derives. */
export interface CostedLine {
  readonly recipe: ServiceRecipe;
  readonly unitCostPence: number;
  readonly plannedUnitsPerWeekHundredths: number | null;
  readonly weeklyCostPence: number;
}

/** Share of what is left that one extra line may take. */
const EXTRA_SHARE = 0.2;
/** CLD's ceiling on planned units: every hour of the week. */
const MOST_QUARTER_HOURS_A_WEEK = 168 * 4;

function costed(recipe: ServiceRecipe, unitCostPence: number, units: number | null): CostedLine {
  return {
    recipe,
    unitCostPence,
    plannedUnitsPerWeekHundredths: units,
    weeklyCostPence: weeklyCostPence({
      unitCostPence,
      costFrequency: recipe.costFrequency,
      plannedUnitsPerWeekHundredths: units,
    }),
  };
}

/** An extra line at its natural cost, trimmed to fit `maxWeeklyPence`, or null if it cannot. */
function fitExtra(
  random: Random,
  recipe: ServiceRecipe,
  maxWeeklyPence: number,
): CostedLine | null {
  const unit = random.int(recipe.unitCostPence[0], recipe.unitCostPence[1]);
  if (needsPlannedUnits(recipe.costFrequency)) {
    const [fewest, most] = recipe.unitsPerWeekHundredths ?? [100, 100];
    const affordable = Math.floor((maxWeeklyPence * 100) / unit / 25) * 25;
    const units = Math.min(random.int(fewest / 25, most / 25) * 25, affordable);
    return units >= 25 ? costed(recipe, unit, units) : null;
  }
  if (recipe.costFrequency === 'WEEKLY') {
    const capped = Math.min(unit, Math.floor(maxWeeklyPence));
    return capped >= 1 ? costed(recipe, capped, null) : null;
  }
  const line = costed(recipe, unit, null);
  return line.weeklyCostPence >= 1 && line.weeklyCostPence <= maxWeeklyPence ? line : null;
}

/**
 * Lines that cost exactly `weeklyPence` a week: up to `count − 2` extras at their natural cost,
 * a main per-unit line (whole quarter hours) for most of the rest, and a weekly balancing line
 * for the remainder. Every weekly cost comes from the domain's `weeklyCostPence`.
 */
export function costLines(
  random: Random,
  weeklyPence: number,
  count: number,
  recipes: PlanPartRecipes,
): CostedLine[] {
  if (count <= 1 || weeklyPence < 100) return [costed(recipes.balance, weeklyPence, null)];
  const extrasWanted = count - 1 - (recipes.main ? 1 : 0);
  const lines: CostedLine[] = [];
  let remaining = weeklyPence;
  for (const recipe of random.sample(recipes.extras, recipes.extras.length)) {
    if (lines.length >= extrasWanted) break;
    const line = fitExtra(random, recipe, remaining * EXTRA_SHARE);
    if (line) {
      lines.push(line);
      remaining -= line.weeklyCostPence;
    }
  }
  if (recipes.main) {
    const rate = random.int(recipes.main.unitCostPence[0], recipes.main.unitCostPence[1]);
    const target = remaining * (0.6 + 0.25 * random.next());
    const quarterHours = Math.min(MOST_QUARTER_HOURS_A_WEEK, Math.floor((target / rate) * 4));
    if (quarterHours >= 1) {
      const main = costed(recipes.main, rate, quarterHours * 25);
      lines.unshift(main);
      remaining -= main.weeklyCostPence;
    }
  }
  lines.push(costed(recipes.balance, remaining, null));
  return lines;
}
