/**
 * Zod building blocks shared by the entity input schemas. Every schema reports problems with a
 * `path` to the field, so the API can return it (style.md §2.2 rule 8–9).
 */
import { z } from 'zod';
import type { CodeList } from '../code-lists/code-list.ts';
import { isIsoDate } from '../dates.ts';
import type { RuleViolation } from '../rules/rule-violation.ts';

/** A whole number of pence ≥ 0 (I-18). */
export const penceSchema = z
  .int({ error: 'Must be a whole number of pence' })
  .min(0, { error: 'Must not be negative' });

/** A whole number of pence that may be negative (ledger entries, I-18). */
export const signedPenceSchema = z.int({ error: 'Must be a whole number of pence' });

/**
 * A calendar date `YYYY-MM-DD`. A bad date aborts the parse of its object, so cross-field checks
 * (which compare dates) never see it.
 */
export const isoDateSchema = z
  .string()
  .trim()
  .refine(isIsoDate, { error: 'Must be a calendar date YYYY-MM-DD', abort: true });

/** An identifier (internal UUID or a council's own reference). */
export const idSchema = z.string().trim().min(1).max(100);

/** A non-empty trimmed string of at most `max` characters. */
export function textSchema(max: number) {
  return z.string().trim().min(1, { error: 'Must not be empty' }).max(max);
}

/** One of a code list's codes. */
export function codeSchema<C extends string>(list: CodeList<C>) {
  return z.enum(list.codes as unknown as readonly [C, ...C[]], {
    error: `Must be a ${list.name} code`,
  });
}

/** Hundredths of a unit as a whole number ≥ 0 (e.g. planned units per week 7.50 = 750). */
export const hundredthsSchema = z.int({ error: 'Must be a whole number of hundredths' }).min(0);

/** Reports rule violations (domain.md §6.4) as zod issues at their paths. */
export function addViolations(
  context: {
    addIssue: (issue: {
      code: 'custom';
      message: string;
      path: PropertyKey[];
      params?: Record<string, unknown>;
    }) => void;
  },
  violations: readonly RuleViolation[],
): void {
  for (const item of violations) {
    if (item.severity === 'warning') continue;
    context.addIssue({
      code: 'custom',
      message: item.message,
      path: [...item.path],
      params: { ruleCode: item.code },
    });
  }
}
