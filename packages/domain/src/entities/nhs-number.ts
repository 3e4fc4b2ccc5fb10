/**
 * NHS numbers: 10 digits, the last a modulus-11 check digit [K] (domain.md §6.1).
 * Digits 1–9 are weighted 10 down to 2; check = 11 − (sum mod 11), with 11 → 0; a result of 10
 * means the nine digits can never form a valid NHS number.
 */

const NINE_DIGITS = /^\d{9}$/;
const TEN_DIGITS = /^\d{10}$/;

/** Removes the spaces or hyphens people type (`943 476 5919`). */
export function normaliseNhsNumber(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The check digit for nine digits, or `null` when no digit is valid (remainder gives 10). */
export function nhsCheckDigit(firstNineDigits: string): number | null {
  if (!NINE_DIGITS.test(firstNineDigits)) throw new RangeError('Expected exactly nine digits');
  let sum = 0;
  for (let index = 0; index < 9; index += 1) sum += Number(firstNineDigits[index]) * (10 - index);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

/** Whether `text` (spaces and hyphens allowed) is 10 digits with a valid check digit. */
export function isValidNhsNumber(text: string): boolean {
  const digits = normaliseNhsNumber(text);
  if (!TEN_DIGITS.test(digits)) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** How many distinct synthetic numbers `syntheticNhsNumber` can produce (0 … this − 1). */
export const SYNTHETIC_NHS_NUMBER_COUNT = 900_000;

/**
 * The `n`-th synthetic NHS number, for seed and demo data. NHS England reserves the range
 * 999 000 0000 – 999 999 9999 for testing and never issues numbers from it to patients, so these
 * numbers can pass validation (they have a valid modulus-11 check digit) without ever belonging to
 * a real person. Distinct `n` give distinct numbers: `n` picks a block of ten nine-digit prefixes
 * (99900000x … 99999999x) and one of its first nine valid last digits.
 */
export function syntheticNhsNumber(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0 || n >= SYNTHETIC_NHS_NUMBER_COUNT) {
    throw new RangeError(`n must be a whole number from 0 to ${SYNTHETIC_NHS_NUMBER_COUNT - 1}`);
  }
  const block = 99_900_000 + Math.floor(n / 9);
  let wanted = n % 9;
  // Within a block the ninth digit (weight 2) moves the sum through ten distinct residues mod 11,
  // so at most one of the ten choices has no valid check digit: at least nine are usable.
  for (let ninth = 0; ninth <= 9; ninth += 1) {
    const prefix = `${block}${ninth}`;
    const check = nhsCheckDigit(prefix);
    if (check === null) continue;
    if (wanted === 0) return `${prefix}${check}`;
    wanted -= 1;
  }
  throw new Error('unreachable: every block has at least nine valid numbers');
}

/** Whether a valid NHS number lies in the test range 999 000 0000 – 999 999 9999. */
export function isSyntheticNhsNumber(text: string): boolean {
  const digits = normaliseNhsNumber(text);
  return isValidNhsNumber(digits) && digits.startsWith('999');
}
