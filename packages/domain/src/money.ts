/**
 * Money as integer pence (GBP), domain.md §6.1. Amounts are JavaScript numbers holding safe
 * integers; any arithmetic that could overflow or needs exact rounding goes through BigInt.
 */

/** A whole number of pence. Negative only where a rule allows it (ledger entries, I-18). */
export type Pence = number;

export class MoneyFormatError extends Error {
  override readonly name = 'MoneyFormatError';
}

/** Thrown when a value that must be a whole number of pence is not. */
export class NotPenceError extends RangeError {
  override readonly name = 'NotPenceError';
}

/** Whether `value` is a whole number of pence (a safe integer). */
export function isPence(value: unknown): value is Pence {
  return Number.isSafeInteger(value);
}

/** Throws `NotPenceError` unless `value` is a safe integer. */
export function assertPence(value: number, label = 'amount'): asserts value is Pence {
  if (!isPence(value)) throw new NotPenceError(`${label} must be a whole number of pence`);
}

/** Throws `NotPenceError` unless `value` is a safe integer ≥ 0. */
export function assertNonNegativePence(value: number, label = 'amount'): asserts value is Pence {
  assertPence(value, label);
  if (value < 0) throw new NotPenceError(`${label} must not be negative`);
}

function toSafeNumber(value: bigint, label: string): Pence {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new NotPenceError(`${label} is too large to hold exactly`);
  }
  // `+ 0` turns a negative zero into zero.
  return Number(value) + 0;
}

const POUNDS = /^([+-]?)£?([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/**
 * Parses pounds written by a person: `1234`, `1,234.5`, `£1,234.56`, `-12.30`, `-£5`, `£-5`.
 * Throws `MoneyFormatError` on anything else, including more than two decimal places and
 * misplaced thousands separators.
 */
export function parsePounds(text: string): Pence {
  const compact = text.trim().replace(/\s+/g, '');
  const match = POUNDS.exec(compact);
  if (!match || (match[1] && match[2])) {
    throw new MoneyFormatError(`Not an amount of pounds: ${JSON.stringify(text)}`);
  }
  const negative = match[1] === '-' || match[2] === '-';
  const pounds = BigInt((match[3] ?? '0').replaceAll(',', ''));
  const pence = BigInt((match[4] ?? '').padEnd(2, '0'));
  const total = pounds * 100n + pence;
  return toSafeNumber(negative ? -total : total, 'amount');
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Formats pence as pounds: `123456` → `£1,234.56`, `-5` → `-£0.05`. */
export function formatPounds(pence: Pence): string {
  assertPence(pence);
  const magnitude = Math.abs(pence);
  const pounds = Math.floor(magnitude / 100);
  const remainder = magnitude - pounds * 100;
  const sign = pence < 0 ? '-' : '';
  return `${sign}£${groupThousands(String(pounds))}.${String(remainder).padStart(2, '0')}`;
}

/** Exact sum of pence; throws `NotPenceError` on a non-integer or an overflow. */
export function sumPence(values: Iterable<Pence>): Pence {
  let total = 0n;
  for (const value of values) {
    assertPence(value);
    total += BigInt(value);
  }
  return toSafeNumber(total, 'sum');
}

/**
 * `numerator / denominator` rounded to the nearest whole penny, halves rounded away from zero
 * ("half-up" on the magnitude, as in commercial rounding). Both arguments must be integers;
 * the division is done exactly with BigInt.
 */
export function roundHalfUp(numerator: number, denominator: number): Pence {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) {
    throw new RangeError('roundHalfUp needs integer numerator and denominator');
  }
  return divideHalfUp(BigInt(numerator), BigInt(denominator));
}

/**
 * `amount × multiplier / divisor`, rounded half-up to whole pence, without intermediate
 * overflow. All three arguments must be integers.
 */
export function mulDivHalfUp(amount: number, multiplier: number, divisor: number): Pence {
  for (const value of [amount, multiplier, divisor]) {
    if (!Number.isSafeInteger(value)) throw new RangeError('mulDivHalfUp needs integers');
  }
  return divideHalfUp(BigInt(amount) * BigInt(multiplier), BigInt(divisor));
}

function divideHalfUp(numerator: bigint, denominator: bigint): Pence {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return toSafeNumber(negative ? -rounded : rounded, 'result');
}
