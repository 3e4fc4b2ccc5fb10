/**
 * A share of a cohort for national returns (ASCOF, domain.md §3.4, §6.6): counts, never floats.
 * The percentage is `numerator × 100 / denominator` rounded to one decimal place, halves rounded
 * up (0.05 → 0.1), computed in integers; it is `null` when the denominator is 0.
 */
export interface Ratio {
  readonly numerator: number;
  readonly denominator: number;
  /** One decimal place, e.g. `'33.3'`; `null` when the denominator is 0. */
  readonly percentage: string | null;
}

/** The percentage with one decimal place, rounded half-up, or null for an empty denominator. */
export function percentageOneDecimal(numerator: number, denominator: number): string | null {
  for (const value of [numerator, denominator]) {
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError('A ratio needs whole, non-negative counts');
    }
  }
  if (denominator === 0) return null;
  // tenths of a percent, rounded half-up: floor((n × 1000 × 2 + d) / (2 × d))
  const tenths = (BigInt(numerator) * 2000n + BigInt(denominator)) / (2n * BigInt(denominator));
  return `${tenths / 10n}.${tenths % 10n}`;
}

export function ratioOf(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, percentage: percentageOneDecimal(numerator, denominator) };
}
