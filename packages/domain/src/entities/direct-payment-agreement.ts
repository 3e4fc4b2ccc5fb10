/**
 * The direct payment agreement (Care Act s31–33; DP Regulations 2014; domain.md §6.2
 * DirectPaymentAgreement): who receives the money, into which account, net or gross, how often,
 * and when it is first reviewed (≤ 6 months, reg 7, S-09f).
 */
import { z } from 'zod';
import { ContributionFrequency } from '../code-lists/contribution-frequency.ts';
import type { DirectPaymentAgreementStatus } from '../code-lists/direct-payment-agreement-status.ts';
import type { DirectPaymentTerminationReason } from '../code-lists/direct-payment-termination-reason.ts';
import { DpAccountType } from '../code-lists/dp-account-type.ts';
import { DpLegalBasis } from '../code-lists/dp-legal-basis.ts';
import { PaymentBasis } from '../code-lists/payment-basis.ts';
import { PaymentFrequency } from '../code-lists/payment-frequency.ts';
import { RecipientType } from '../code-lists/recipient-type.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import { checkDpReviewDue } from '../rules/review-due-dates.ts';
import {
  addViolations,
  codeSchema,
  hundredthsSchema,
  idSchema,
  isoDateSchema,
  textSchema,
} from './field-schemas.ts';

export interface DirectPaymentAgreement {
  readonly id: string;
  readonly councilId: string;
  readonly personId: string;
  readonly deploymentId: string;
  readonly version: number;
  readonly supersedesId: string | null;
  readonly recipientType: RecipientType;
  readonly recipientRepresentativeId: string | null;
  readonly legalBasis: DpLegalBasis;
  readonly accountType: DpAccountType;
  readonly cardProviderOrganisationId: string | null;
  /** Masked account reference. */
  readonly accountRef: string | null;
  readonly paymentBasis: PaymentBasis;
  readonly paymentFrequency: PaymentFrequency;
  readonly contributionFrequency: ContributionFrequency | null;
  /** Contingency allowance in weeks × 100 (LaPolicy default). */
  readonly contingencyAllowanceWeeksHundredths: number;
  readonly signedDate: IsoDate | null;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly status: DirectPaymentAgreementStatus;
  readonly terminationReason: DirectPaymentTerminationReason | null;
  readonly conditions: readonly string[];
  readonly permittedInHouseUse: boolean;
  readonly firstReviewDueDate: IsoDate;
}

/** Input for drafting an agreement. I-7 needs the person's capacity: use `checkDirectPaymentEligibility`. */
export const directPaymentAgreementInputSchema = z
  .object({
    personId: idSchema,
    deploymentId: idSchema,
    recipientType: codeSchema(RecipientType),
    recipientRepresentativeId: idSchema.optional(),
    legalBasis: codeSchema(DpLegalBasis),
    accountType: codeSchema(DpAccountType),
    cardProviderOrganisationId: idSchema.optional(),
    accountRef: z.string().trim().max(40).optional(),
    paymentBasis: codeSchema(PaymentBasis),
    paymentFrequency: codeSchema(PaymentFrequency),
    contributionFrequency: codeSchema(ContributionFrequency).optional(),
    contingencyAllowanceWeeksHundredths: hundredthsSchema.max(5200),
    signedDate: isoDateSchema.optional(),
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    conditions: z.array(textSchema(500)).max(50).default([]),
    permittedInHouseUse: z.boolean().default(false),
    firstReviewDueDate: isoDateSchema,
  })
  .superRefine((agreement, context) => {
    addViolations(context, checkDpReviewDue(agreement));
    if (agreement.recipientType !== 'SELF' && agreement.recipientRepresentativeId === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'A nominated or authorised person must be identified',
        path: ['recipientRepresentativeId'],
      });
    }
    if (
      agreement.accountType === 'PREPAID_CARD' &&
      agreement.cardProviderOrganisationId === undefined
    ) {
      context.addIssue({
        code: 'custom',
        message: 'Name the card provider',
        path: ['cardProviderOrganisationId'],
      });
    }
    if (
      agreement.endDate !== undefined &&
      compareDates(agreement.endDate, agreement.startDate) < 0
    ) {
      context.addIssue({
        code: 'custom',
        message: 'The end date cannot be before the start date',
        path: ['endDate'],
        params: { ruleCode: 'END_BEFORE_START' },
      });
    }
    if (
      agreement.signedDate !== undefined &&
      compareDates(agreement.signedDate, agreement.startDate) > 0
    ) {
      context.addIssue({
        code: 'custom',
        message: 'The agreement must be signed before payments start',
        path: ['signedDate'],
      });
    }
  });

export type DirectPaymentAgreementInput = z.output<typeof directPaymentAgreementInputSchema>;
