/**
 * Reasons for a final personal budget that differs from the indicative amount. The RAS amount is a
 * starting point, not an allocation (Statutory Guidance 11.24: transparency and sufficiency,
 * S-10a); where the final sum differs, the council must be able to explain how it was reached (R
 * (KM) v Cambridgeshire CC [2012] UKSC 23, S-19). So signing off a budget that differs from the
 * person's indicative amount needs the reasons recorded.
 */
import { formatPounds, type Pence } from '../money.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export function checkIndicativeDifferenceReasons(input: {
  readonly annualTotalPence: Pence;
  /** The indicative amount the person was given; `null` when none was calculated. */
  readonly indicativeAnnualPence: Pence | null;
  readonly reasons?: string | null | undefined;
}): readonly RuleViolation[] {
  if (input.indicativeAnnualPence === null) return [];
  if (input.indicativeAnnualPence === input.annualTotalPence) return [];
  if ((input.reasons?.trim() ?? '') !== '') return [];
  return [
    violation(
      'INDICATIVE_DIFFERENCE_REASONS_REQUIRED',
      `The budget of ${formatPounds(input.annualTotalPence)} a year differs from the indicative ${formatPounds(input.indicativeAnnualPence)}; record the reasons (KM v Cambridgeshire CC [2012] UKSC 23).`,
      ['indicativeDifferenceReasons'],
    ),
  ];
}
