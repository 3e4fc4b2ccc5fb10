import type { Prisma } from '@openpb/db/client';
import type { PersonDetailField } from '@openpb/domain/code-lists/person-detail-field';
import type { StoredDetail } from '@openpb/domain/entities/person-details';

type PersonRow = Prisma.PersonGetPayload<object>;

/** The person column holding each detail's current value. */
const COLUMNS = {
  POSTCODE: 'postcode',
  ACCOMMODATION_STATUS: 'accommodationStatus',
  EMPLOYMENT_STATUS: 'employmentStatus',
  CLIENT_FUNDING_STATUS: 'clientFundingStatus',
  ETHNICITY: 'ethnicity',
  GP_PRACTICE_CODE: 'gpPracticeCode',
  GP_PRACTICE_NAME: 'gpPracticeName',
  HAS_UNPAID_CARER: 'hasUnpaidCarer',
  AUTISM: 'autism',
  DEMENTIA: 'dementia',
  VISUAL_IMPAIRMENT: 'visualImpairment',
  HEARING_IMPAIRMENT: 'hearingImpairment',
  CLIENT_TYPE: 'clientType',
  PRIMARY_SUPPORT_REASON: 'primarySupportReason',
} as const satisfies { readonly [F in PersonDetailField]: keyof PersonRow };

/** A detail's current value as history stores it (booleans as 'true'/'false'). */
export function currentDetail(person: PersonRow, field: PersonDetailField): StoredDetail {
  const value = person[COLUMNS[field]];
  return value === null ? null : String(value);
}

/** Details held in boolean columns (true, false, or null for "not known"). */
const FLAGS: ReadonlySet<PersonDetailField> = new Set([
  'HAS_UNPAID_CARER',
  'AUTISM',
  'DEMENTIA',
  'VISUAL_IMPAIRMENT',
  'HEARING_IMPAIRMENT',
]);

/** The person column update that makes `value` a detail's current value. */
export function detailColumnUpdate(
  field: PersonDetailField,
  value: StoredDetail,
): Prisma.PersonUncheckedUpdateInput {
  const stored = FLAGS.has(field) && value !== null ? value === 'true' : value;
  return { [COLUMNS[field]]: stored };
}
