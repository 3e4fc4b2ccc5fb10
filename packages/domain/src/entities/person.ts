/**
 * A person: budget holder, service user or carer (domain.md §6.2 Person; CLD Person fields
 * §3.1.1, S-02a).
 */
import { z } from 'zod';
import { AccommodationStatus } from '../code-lists/accommodation-status.ts';
import type { ClientFundingStatus } from '../code-lists/client-funding-status.ts';
import { ClientType } from '../code-lists/client-type.ts';
import { EmploymentStatus } from '../code-lists/employment-status.ts';
import { Ethnicity } from '../code-lists/ethnicity.ts';
import { Gender } from '../code-lists/gender.ts';
import { MentalCapacityForDp } from '../code-lists/mental-capacity-for-dp.ts';
import { PrimarySupportReason } from '../code-lists/primary-support-reason.ts';
import { ageOn, compareDates, type IsoDate } from '../dates.ts';
import { codeSchema, idSchema, isoDateSchema, textSchema } from './field-schemas.ts';
import { isValidNhsNumber, normaliseNhsNumber } from './nhs-number.ts';
import { perDay } from './per-day.ts';
import { isValidPostcode, normalisePostcode } from './postcode.ts';

/** Adult social care is for adults: people aged 18 or over. */
export const ADULT_AGE = 18;

export interface Person {
  readonly id: string;
  readonly councilId: string;
  /** The council's own person identifier (CLD `LA_Person_Unique_Identifier`). */
  readonly laPersonId: string;
  readonly nhsNumber: string | null;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: IsoDate;
  readonly deathDate: IsoDate | null;
  readonly gender: Gender;
  readonly ethnicity: Ethnicity;
  readonly postcode: string;
  readonly clientType: ClientType;
  readonly primarySupportReason: PrimarySupportReason;
  readonly accommodationStatus: AccommodationStatus;
  readonly employmentStatus: EmploymentStatus | null;
  readonly hasUnpaidCarer: boolean | null;
  /** CLD Autism_Spectrum_Disorder_ASD, Visual_Impairment, Hearing_Impairment, Dementia. */
  readonly autism: boolean | null;
  readonly visualImpairment: boolean | null;
  readonly hearingImpairment: boolean | null;
  readonly dementia: boolean | null;
  /** CLD GP_Practice_Code (the practice's ODS code) and GP_Practice_Name. */
  readonly gpPracticeCode: string | null;
  readonly gpPracticeName: string | null;
  /** Latest status, derived from the financial assessment. */
  readonly clientFundingStatus: ClientFundingStatus | null;
  readonly mentalCapacityForDp: MentalCapacityForDp;
  readonly capacityAssessedOn: IsoDate | null;
}

/** Person ID as DHSC derives it: NHS number, else `LACode_LAPersonId` (S-02b). */
export function derivedPersonKey(
  person: Pick<Person, 'nhsNumber' | 'laPersonId'>,
  laCode: string,
): string {
  return person.nhsNumber ?? `${laCode}_${person.laPersonId}`;
}

const nameSchema = z.string().trim().min(1, { error: 'Must not be empty' }).max(100);

/** A UK postcode, stored upper-case with one space (CLD Postcode). */
export const postcodeSchema = z
  .string()
  .trim()
  .refine(isValidPostcode, { error: 'Must be a UK postcode' })
  .transform(normalisePostcode);

/**
 * A GP practice's ODS code: a letter and five digits (e.g. `A81001`), stored upper-case
 * (CLD GP_Practice_Code, NHS Organisation Data Service).
 */
export const gpPracticeCodeSchema = z
  .string()
  .trim()
  .transform((code) => code.toUpperCase())
  .refine((code) => /^[A-Z]\d{5}$/.test(code), {
    error: 'Must be a GP practice ODS code: a letter and five digits, e.g. A81001',
  });

/** A GP practice: its ODS code and name (CLD GP_Practice_Code, GP_Practice_Name). */
export const gpPracticeSchema = z.object({
  code: gpPracticeCodeSchema,
  name: textSchema(200),
});

/** The conditions CLD asks about (Autism_Spectrum_Disorder_ASD, Visual_Impairment, Hearing_Impairment, Dementia); absent is "not known". */
export const conditionFieldSchemas = {
  autism: z.boolean().optional(),
  visualImpairment: z.boolean().optional(),
  hearingImpairment: z.boolean().optional(),
  dementia: z.boolean().optional(),
};

/**
 * Input for creating a person. `today` fixes the clock for the date checks: the birth date may not
 * be in the future and the person must be an adult (18+) today.
 */
export const createPersonInputSchema = perDay((today: IsoDate) => {
  return z.object({
    laPersonId: idSchema,
    givenName: nameSchema,
    familyName: nameSchema,
    birthDate: isoDateSchema
      .refine((date) => compareDates(date, today) <= 0, {
        error: 'The birth date cannot be in the future',
      })
      .refine((date) => compareDates(date, today) > 0 || ageOn(date, today) >= ADULT_AGE, {
        error: `The person must be aged ${ADULT_AGE} or over`,
      }),
    nhsNumber: z
      .string()
      .transform(normaliseNhsNumber)
      .refine(isValidNhsNumber, { error: 'Must be a 10-digit NHS number with a valid check digit' })
      .optional(),
    gender: codeSchema(Gender),
    ethnicity: codeSchema(Ethnicity),
    postcode: postcodeSchema,
    primarySupportReason: codeSchema(PrimarySupportReason),
    clientType: codeSchema(ClientType),
    accommodationStatus: codeSchema(AccommodationStatus),
    employmentStatus: codeSchema(EmploymentStatus).optional(),
    /** CLD Has_Unpaid_Carer, mandatory in the return (S-02a); absent is "not known". */
    hasUnpaidCarer: z.boolean().optional(),
    ...conditionFieldSchemas,
    gpPractice: gpPracticeSchema.optional(),
    /** Capacity is presumed until assessed otherwise (MCA 2005 s1(2)): NOT_ASSESSED by default. */
    mentalCapacityForDp: codeSchema(MentalCapacityForDp).default('NOT_ASSESSED'),
  });
});

export type PersonInput = z.output<ReturnType<typeof createPersonInputSchema>>;
