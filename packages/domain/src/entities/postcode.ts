/**
 * UK postcodes (CLD Person `Postcode`, S-02a). Stored upper-case with one space before the
 * inward code (`SW1A 1AA`).
 */

const POSTCODE = /^(?:GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})$/;

/** Upper-cases and puts exactly one space before the last three characters. */
export function normalisePostcode(text: string): string {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return compact.length > 3 ? `${compact.slice(0, -3)} ${compact.slice(-3)}` : compact;
}

/** Whether the text, once normalised, has the shape of a UK postcode. */
export function isValidPostcode(text: string): boolean {
  return POSTCODE.test(normalisePostcode(text));
}
