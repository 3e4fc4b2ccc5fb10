import { compareDates, type IsoDate, isIsoDate } from '@openpb/domain/dates';
import { todayIn } from '@openpb/graphql/today';
import { z } from 'zod';

/** `asOf`, as the GraphQL reports take it: a date, today in England when left out. */
export const asOfParam = z
  .string()
  .refine(isIsoDate, 'asOf must be a date YYYY-MM-DD')
  .optional()
  .transform((asOf): IsoDate => (asOf as IsoDate | undefined) ?? todayIn(new Date()));

/** A required date parameter. */
export const dateParam = (name: string) =>
  z
    .string(`${name} must be a date YYYY-MM-DD`)
    .refine(isIsoDate, `${name} must be a date YYYY-MM-DD`)
    .transform((value) => value as IsoDate);

/** `from` and `to`, both required, the period not ending before it starts. */
export const periodParams = z
  .strictObject({ from: dateParam('from'), to: dateParam('to') })
  .refine(({ from, to }) => compareDates(from, to) <= 0, 'The period ends before it starts');

/** A whole number of at least 0 given as text, or left out (null). */
export const countParam = (name: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${name} must be a whole number of at least 0`)
    .optional()
    .transform((value) => (value === undefined ? null : Number(value)));

/**
 * A report export's query string checked by its schema (unknown names refused), or the first
 * problem, for the runner's 400.
 */
export function parseReportQuery<S extends z.ZodType>(
  schema: S,
  query: URLSearchParams,
): { ok: true; params: z.output<S> } | { ok: false; problem: string } {
  const parsed = schema.safeParse(Object.fromEntries(query));
  if (parsed.success) return { ok: true, params: parsed.data };
  const [issue] = parsed.error.issues;
  return { ok: false, problem: issue?.message ?? 'The parameters are not valid' };
}
