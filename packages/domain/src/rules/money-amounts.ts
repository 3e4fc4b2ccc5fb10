/**
 * I-18 Money: every amount is a whole number of pence ≥ 0, except account transactions and
 * ledger adjustments (domain.md §6.1, §6.4).
 */
import { atPath, type RuleViolation, violation } from './rule-violation.ts';

export interface PenceCheckOptions {
  /** Allow negative amounts (ledger entries, account transactions). */
  readonly allowNegative?: boolean;
}

/** Checks one amount; `null`/`undefined` (an absent optional amount) passes. */
export function checkPenceAmount(
  value: number | null | undefined,
  path: readonly (string | number)[],
  options: PenceCheckOptions = {},
): readonly RuleViolation[] {
  if (value === null || value === undefined) return [];
  if (!Number.isSafeInteger(value)) {
    return [violation('NOT_WHOLE_PENCE', 'Amounts must be a whole number of pence.', path)];
  }
  if (value < 0 && !options.allowNegative) {
    return [violation('NEGATIVE_AMOUNT', 'Amounts must not be negative.', path)];
  }
  return [];
}

/**
 * Checks every named amount of a record: `checkMoneyAmounts({ amountPence: -1 })` reports
 * NEGATIVE_AMOUNT at `['amountPence']`. Names in `allowNegative` may be negative.
 */
export function checkMoneyAmounts(
  amounts: { readonly [name: string]: number | null | undefined },
  options: {
    readonly allowNegative?: readonly string[];
    readonly path?: readonly (string | number)[];
  } = {},
): readonly RuleViolation[] {
  const found = Object.entries(amounts).flatMap(([name, value]) =>
    checkPenceAmount(value, [name], {
      allowNegative: options.allowNegative?.includes(name) ?? false,
    }),
  );
  return atPath(options.path ?? [], found);
}
