/**
 * A worker paid from a direct payment (domain.md §6.2 PaEmployment; employer duties §4.3, S-15;
 * family members reg 3, S-09e).
 */
import { z } from 'zod';
import { FamilyPaymentReason } from '../code-lists/family-payment-reason.ts';
import { FamilyRelationship } from '../code-lists/family-relationship.ts';
import { PaEmploymentType } from '../code-lists/pa-employment-type.ts';
import type { IsoDate } from '../dates.ts';
import type { Pence } from '../money.ts';
import { checkFamilyPayment } from '../rules/family-payment.ts';
import {
  addViolations,
  codeSchema,
  idSchema,
  isoDateSchema,
  penceSchema,
} from './field-schemas.ts';

export interface PaEmployment {
  readonly id: string;
  readonly agreementId: string;
  /** Pseudonymised worker reference. */
  readonly workerRef: string;
  readonly employmentType: PaEmploymentType;
  readonly isFamilyMember: boolean;
  readonly familyRelationship: FamilyRelationship | null;
  readonly livesInSameHousehold: boolean;
  readonly familyPaymentApprovedOn: IsoDate | null;
  readonly familyPaymentJustification: FamilyPaymentReason | null;
  readonly rightToWorkCheckedOn: IsoDate | null;
  readonly dbsCheckedOn: IsoDate | null;
  readonly contractIssuedOn: IsoDate | null;
  readonly employersLiabilityExpiry: IsoDate | null;
  readonly payrollProviderId: string | null;
  readonly pensionEnrolled: boolean | null;
  readonly hourlyRatePence: Pence;
  readonly contingencyPlanOnFile: boolean;
}

/** Input for recording a worker; applies I-8 (family member payments). */
export const paEmploymentInputSchema = z
  .object({
    agreementId: idSchema,
    workerRef: idSchema,
    employmentType: codeSchema(PaEmploymentType),
    isFamilyMember: z.boolean(),
    familyRelationship: codeSchema(FamilyRelationship).optional(),
    livesInSameHousehold: z.boolean(),
    familyPaymentApprovedOn: isoDateSchema.optional(),
    familyPaymentJustification: codeSchema(FamilyPaymentReason).optional(),
    rightToWorkCheckedOn: isoDateSchema.optional(),
    dbsCheckedOn: isoDateSchema.optional(),
    contractIssuedOn: isoDateSchema.optional(),
    employersLiabilityExpiry: isoDateSchema.optional(),
    payrollProviderId: idSchema.optional(),
    pensionEnrolled: z.boolean().optional(),
    hourlyRatePence: penceSchema,
    contingencyPlanOnFile: z.boolean().default(false),
  })
  .superRefine((employment, context) => {
    // a family member whose relationship is not known is recorded so, and needs the council's
    // decision (I-8, DP Regs reg 3: rules/family-payment.ts)
    addViolations(context, checkFamilyPayment(employment));
  });

export type PaEmploymentInput = z.output<typeof paEmploymentInputSchema>;
