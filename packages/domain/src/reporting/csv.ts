/**
 * CSV as RFC 4180 writes it (CRLF line ends; a field with a comma, quote, CR or LF is quoted),
 * safe to open in a spreadsheet: a text cell that a spreadsheet would read as a formula is
 * neutralised as OWASP's CSV Injection guidance describes — prefixed with a single quote and
 * quoted — so `=HYPERLINK(...)` arrives as the text `'=HYPERLINK(...)`, never as a formula.
 * Numbers (a number, or text that is a plain decimal such as negative money `-12.50`) and ISO dates
 * are left as they are, so legitimate values are not corrupted.
 */

const NEEDS_QUOTES = /[",\r\n]/;
/**
 * What a spreadsheet takes as the start of a formula (OWASP, CSV Injection): = + - @, tab and
 * carriage return, and their full-width forms (U+FF1D, U+FF0B, U+FF0D, U+FF20).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
/** A plain decimal number, e.g. -12.50: no formula, whatever its sign. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Whether a text cell would be run as a formula by a spreadsheet. */
export function isFormulaLike(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  if (isFormulaLike(value)) return `"'${value.replaceAll('"', '""')}"`;
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

export function csvLine(values: readonly (string | number)[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}
