/**
 * Changes of a person's CLD details, effective from a date (CLD Person module, S-02a; domain.md
 * §3.1.1), and their history (docs/decisions.md D19). A report for a past period needs the value
 * as it was then: CLD's person fields are those of the reporting period, and DHSC flags person
 * details that differ across a person's rows [S-02c].
 *
 * History: one row per change of a field (`effectiveFrom`, `value`, `previousValue`); the person
 * keeps the current value. The value as at a date is the latest row's value on or before it;
 * before every row, the earliest row's `previousValue`; with no row, the person's value.
 */
import { z } from 'zod';
import { AccommodationStatus } from '../code-lists/accommodation-status.ts';
import { ClientFundingStatus } from '../code-lists/client-funding-status.ts';
import { ClientType } from '../code-lists/client-type.ts';
import { EmploymentStatus } from '../code-lists/employment-status.ts';
import { Ethnicity } from '../code-lists/ethnicity.ts';
import type { PersonDetailField } from '../code-lists/person-detail-field.ts';
import { PrimarySupportReason } from '../code-lists/primary-support-reason.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import { codeSchema, idSchema, isoDateSchema } from './field-schemas.ts';
import { perDay } from './per-day.ts';
import { conditionFieldSchemas, gpPracticeSchema, postcodeSchema } from './person.ts';

/** A detail as stored: a code, a postcode, a practice code or name, `'true'`/`'false'`; null when not known. */
export type StoredDetail = string | null;

/** Details that may be "not known" and so can be cleared (the others' code lists have an Unknown value). */
export const CLEARABLE_DETAILS = [
  'EMPLOYMENT_STATUS',
  'GP_PRACTICE_CODE',
  'GP_PRACTICE_NAME',
  'HAS_UNPAID_CARER',
  'AUTISM',
  'DEMENTIA',
  'VISUAL_IMPAIRMENT',
  'HEARING_IMPAIRMENT',
] as const satisfies readonly PersonDetailField[];

/** The details a change may set, and those it clears to "not known". */
const detailFieldsSchema = z.object({
  postcode: postcodeSchema.optional(),
  accommodationStatus: codeSchema(AccommodationStatus).optional(),
  employmentStatus: codeSchema(EmploymentStatus).optional(),
  clientFundingStatus: codeSchema(ClientFundingStatus).optional(),
  ethnicity: codeSchema(Ethnicity).optional(),
  gpPractice: gpPracticeSchema.optional(),
  hasUnpaidCarer: z.boolean().optional(),
  ...conditionFieldSchemas,
  clientType: codeSchema(ClientType).optional(),
  primarySupportReason: codeSchema(PrimarySupportReason).optional(),
  /** Clearing GP_PRACTICE_CODE clears the practice's name too. */
  clear: z
    .array(
      z.enum(CLEARABLE_DETAILS, { error: 'This detail cannot be cleared; give its Unknown code' }),
    )
    .optional(),
});

type DetailValues = z.output<typeof detailFieldsSchema>;

/**
 * Input for changing details. Only the fields given change. `today` fixes the clock: a change
 * cannot take effect in the future.
 */
export const changePersonDetailsInputSchema = perDay((today: IsoDate) => {
  return detailFieldsSchema
    .extend({
      personId: idSchema,
      effectiveFrom: isoDateSchema.refine((date) => compareDates(date, today) <= 0, {
        error: 'A change cannot take effect in the future',
      }),
    })
    .superRefine((input, context) => {
      const changes = detailChangesOf(input);
      if (changes.length === 0) {
        context.addIssue({
          code: 'custom',
          message: 'Give at least one detail to change',
          path: ['effectiveFrom'],
        });
      }
      const fields = changes.map((change) => change.field);
      if (new Set(fields).size !== fields.length) {
        context.addIssue({
          code: 'custom',
          message: 'A detail cannot be both given and cleared',
          path: ['clear'],
        });
      }
    });
});

export type PersonDetailsChange = z.output<ReturnType<typeof changePersonDetailsInputSchema>>;

export interface DetailChange {
  readonly field: PersonDetailField;
  readonly value: StoredDetail;
}

/** The fields a change sets, with their stored values (booleans as 'true'/'false'), then those it clears. */
export function detailChangesOf(input: DetailValues): readonly DetailChange[] {
  const changes: DetailChange[] = [];
  const add = (field: PersonDetailField, value: string | boolean | undefined) => {
    if (value !== undefined) changes.push({ field, value: String(value) });
  };
  add('POSTCODE', input.postcode);
  add('ACCOMMODATION_STATUS', input.accommodationStatus);
  add('EMPLOYMENT_STATUS', input.employmentStatus);
  add('CLIENT_FUNDING_STATUS', input.clientFundingStatus);
  add('ETHNICITY', input.ethnicity);
  add('GP_PRACTICE_CODE', input.gpPractice?.code);
  add('GP_PRACTICE_NAME', input.gpPractice?.name);
  add('HAS_UNPAID_CARER', input.hasUnpaidCarer);
  add('AUTISM', input.autism);
  add('DEMENTIA', input.dementia);
  add('VISUAL_IMPAIRMENT', input.visualImpairment);
  add('HEARING_IMPAIRMENT', input.hearingImpairment);
  add('CLIENT_TYPE', input.clientType);
  add('PRIMARY_SUPPORT_REASON', input.primarySupportReason);
  const cleared = new Set<PersonDetailField>(input.clear ?? []);
  if (cleared.has('GP_PRACTICE_CODE')) cleared.add('GP_PRACTICE_NAME');
  for (const field of cleared) changes.push({ field, value: null });
  return changes;
}

/** A stored history row of one field of one person. */
export interface DetailHistoryRow {
  readonly id: string;
  readonly effectiveFrom: IsoDate;
  readonly value: StoredDetail;
  readonly previousValue: StoredDetail;
}

const byDate = (rows: readonly DetailHistoryRow[]) =>
  [...rows].sort((a, b) => compareDates(a.effectiveFrom, b.effectiveFrom));

/**
 * The value of a field as at `date` (end of that day): the latest change on or before it; before
 * every change, what the earliest change replaced; with no change recorded, the current value.
 */
export function detailAsAt(
  rows: readonly DetailHistoryRow[],
  current: StoredDetail,
  date: IsoDate,
): StoredDetail {
  const sorted = byDate(rows);
  const latest = sorted.filter((row) => compareDates(row.effectiveFrom, date) <= 0).at(-1);
  if (latest) return latest.value;
  return sorted[0] ? sorted[0].previousValue : current;
}

/** What to write for one change of one field; `null` when it changes nothing. */
export interface DetailHistoryWrite {
  /** The row to store at its effective date (replacing a row of the same field and date). */
  readonly row: {
    readonly effectiveFrom: IsoDate;
    readonly value: StoredDetail;
    readonly previousValue: StoredDetail;
  };
  /** The next later change now follows this one: its previous value becomes this value. */
  readonly nextRow: { readonly id: string; readonly previousValue: StoredDetail } | null;
  /** The person's current value afterwards (unchanged when a later change governs today). */
  readonly currentValue: StoredDetail;
}

/**
 * Plans a change of one field at `effectiveFrom`, given the field's history and current value. A
 * change on a date that has one already corrects it; a backdated change slots in before later ones.
 */
export function planDetailChange(
  rows: readonly DetailHistoryRow[],
  current: StoredDetail,
  change: { readonly effectiveFrom: IsoDate; readonly value: StoredDetail },
): DetailHistoryWrite | null {
  const sorted = byDate(rows);
  const sameDay = sorted.find((row) => row.effectiveFrom === change.effectiveFrom);
  const earlier = sorted.filter((row) => compareDates(row.effectiveFrom, change.effectiveFrom) < 0);
  const later = sorted.filter((row) => compareDates(row.effectiveFrom, change.effectiveFrom) > 0);
  const previousValue = sameDay
    ? sameDay.previousValue
    : detailAsAt([...earlier, ...later], current, change.effectiveFrom);
  const before = sameDay ? sameDay.value : previousValue;
  if (before === change.value) return null;
  const next = later[0];
  return {
    row: { effectiveFrom: change.effectiveFrom, value: change.value, previousValue },
    nextRow:
      next && next.previousValue !== change.value
        ? { id: next.id, previousValue: change.value }
        : null,
    currentValue: next ? current : change.value,
  };
}
