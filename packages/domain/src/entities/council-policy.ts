/**
 * Council-configurable policy, `LaPolicy` (domain.md §6.7) [P]. The sources show councils differ
 * on these points, so they are settings rather than code. Money in pence; settings that change
 * over time (capital limits, MIG) carry effective dates.
 */
import { z } from 'zod';
import { ApprovalLevel } from '../code-lists/approval-level.ts';
import { DpAccountType } from '../code-lists/dp-account-type.ts';
import { PaymentBasis } from '../code-lists/payment-basis.ts';
import { PaymentFrequency } from '../code-lists/payment-frequency.ts';
import { StaffQualification } from '../code-lists/staff-qualification.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import type { Pence } from '../money.ts';
import {
  codeSchema,
  hundredthsSchema,
  isoDateSchema,
  penceSchema,
  textSchema,
} from './field-schemas.ts';

/** A value that applies from `effectiveFrom` until the next entry's `effectiveFrom`. */
export interface EffectiveDated<T> {
  readonly effectiveFrom: IsoDate;
  readonly value: T;
}

export interface CapitalLimits {
  readonly upperPence: Pence;
  readonly lowerPence: Pence;
}

/** Minimum Income Guarantee: a weekly amount for a named category of person (Charging Regs reg 7, S-09c). */
export interface MinimumIncomeGuarantee {
  readonly category: string;
  readonly weeklyPence: Pence;
}

export interface QualificationRules {
  /** I-6: HIGH complexity work needs a qualifying worker (or countersignature). */
  readonly requireForHighComplexity: boolean;
  /** I-6: work with an open safeguarding concern needs a qualifying worker (or countersignature). */
  readonly requireForSafeguarding: boolean;
  /** Whether a countersignature by a qualifying worker is enough. */
  readonly allowCountersignature: boolean;
  /** Qualifications that count (by default only REGISTERED_SOCIAL_WORKER). */
  readonly qualifyingQualifications: readonly StaffQualification[];
}

export interface LaPolicy {
  /** I-5: the largest annual budget each level may sign off; `null` = no limit. */
  readonly approvalLimitsAnnualPence: { readonly [K in ApprovalLevel]: Pence | null };
  /**
   * I-5: staff sign off only at their own approval level or below, so a team manager cannot record
   * a PANEL decision (off: anyone with the approver role may record a higher level's decision).
   */
  readonly signOffAtOwnLevelOnly: boolean;
  /** I-12: weeks of net DP a person may hold before surplus is recoverable, in hundredths (4 weeks = 400). */
  readonly contingencyWeeksHundredths: number;
  readonly defaultPaymentFrequency: PaymentFrequency;
  readonly defaultPaymentBasis: PaymentBasis;
  /** The default account offered. A card is never forced: `cardOptOutAllowed` is always true [S-10f, S-15]. */
  readonly defaultAccountType: DpAccountType;
  readonly cardOptOutAllowed: true;
  /** Whether a DP may buy the council's own in-house services [S-22; S-15 South Tyneside forbids it]. */
  readonly permittedInHouseDpUse: boolean;
  /** Local things a DP may not buy (local policy, not national law) [S-15]. */
  readonly localDpExclusions: readonly string[];
  /** I-10: first review must be due within this many days of the plan start (6–8 weeks [S-10c]). */
  readonly firstReviewMaxDays: number;
  /** I-10: warn when the first review is due later than this (6 weeks). */
  readonly firstReviewTargetDays: number;
  /** I-11: days within which a triggered unplanned review must take place. */
  readonly unplannedReviewSlaDays: number;
  readonly qualificationRules: QualificationRules;
  readonly capitalLimits: readonly EffectiveDated<CapitalLimits>[];
  readonly minimumIncomeGuarantee: readonly EffectiveDated<readonly MinimumIncomeGuarantee[]>[];
}

/**
 * Defaults for a new council. Capital limits are the national figures (£23,250 / £14,250 [S-09c
 * via Reading]); approval limits echo Doncaster's £49,000 manager limit [S-16] and are otherwise
 * placeholders [P]; 4 contingency weeks and a 10-day unplanned-review SLA are placeholders [P].
 * MIG rates are left to the council to enter.
 */
export const DEFAULT_LA_POLICY: LaPolicy = {
  approvalLimitsAnnualPence: {
    TEAM: 1_500_000,
    MANAGER: 4_900_000,
    HEAD_OF_SERVICE: 10_000_000,
    PANEL: null,
  },
  signOffAtOwnLevelOnly: true,
  contingencyWeeksHundredths: 400,
  defaultPaymentFrequency: 'FOUR_WEEKLY',
  defaultPaymentBasis: 'NET',
  defaultAccountType: 'PREPAID_CARD',
  cardOptOutAllowed: true,
  permittedInHouseDpUse: false,
  localDpExclusions: [],
  firstReviewMaxDays: 56,
  firstReviewTargetDays: 42,
  unplannedReviewSlaDays: 10,
  qualificationRules: {
    requireForHighComplexity: true,
    requireForSafeguarding: true,
    allowCountersignature: true,
    qualifyingQualifications: ['REGISTERED_SOCIAL_WORKER'],
  },
  capitalLimits: [
    { effectiveFrom: '2015-04-01', value: { upperPence: 2_325_000, lowerPence: 1_425_000 } },
  ],
  minimumIncomeGuarantee: [],
};

/** The value in force on `on`: the entry with the latest `effectiveFrom` not after `on`, or `null`. */
export function effectiveOn<T>(entries: readonly EffectiveDated<T>[], on: IsoDate): T | null {
  let best: EffectiveDated<T> | null = null;
  for (const entry of entries) {
    if (compareDates(entry.effectiveFrom, on) > 0) continue;
    if (best === null || compareDates(entry.effectiveFrom, best.effectiveFrom) > 0) best = entry;
  }
  return best === null ? null : best.value;
}

function effectiveDatedSchema<T extends z.ZodType>(value: T) {
  return z.object({ effectiveFrom: isoDateSchema, value });
}

function uniqueEffectiveDates(entries: readonly { effectiveFrom: string }[]): boolean {
  return new Set(entries.map((entry) => entry.effectiveFrom)).size === entries.length;
}

/** Input for setting a council's policy; fields left out keep `DEFAULT_LA_POLICY`. */
export const laPolicyInputSchema = z
  .object({
    approvalLimitsAnnualPence: z
      .object({
        TEAM: penceSchema.nullable(),
        MANAGER: penceSchema.nullable(),
        HEAD_OF_SERVICE: penceSchema.nullable(),
        PANEL: penceSchema.nullable(),
      })
      .default(DEFAULT_LA_POLICY.approvalLimitsAnnualPence),
    signOffAtOwnLevelOnly: z.boolean().default(DEFAULT_LA_POLICY.signOffAtOwnLevelOnly),
    contingencyWeeksHundredths: hundredthsSchema
      .max(5200)
      .default(DEFAULT_LA_POLICY.contingencyWeeksHundredths),
    defaultPaymentFrequency: codeSchema(PaymentFrequency).default(
      DEFAULT_LA_POLICY.defaultPaymentFrequency,
    ),
    defaultPaymentBasis: codeSchema(PaymentBasis).default(DEFAULT_LA_POLICY.defaultPaymentBasis),
    defaultAccountType: codeSchema(DpAccountType).default(DEFAULT_LA_POLICY.defaultAccountType),
    permittedInHouseDpUse: z.boolean().default(DEFAULT_LA_POLICY.permittedInHouseDpUse),
    localDpExclusions: z.array(textSchema(200)).max(100).default([]),
    firstReviewMaxDays: z.int().min(1).max(366).default(DEFAULT_LA_POLICY.firstReviewMaxDays),
    firstReviewTargetDays: z.int().min(1).max(366).default(DEFAULT_LA_POLICY.firstReviewTargetDays),
    unplannedReviewSlaDays: z
      .int()
      .min(0)
      .max(366)
      .default(DEFAULT_LA_POLICY.unplannedReviewSlaDays),
    qualificationRules: z
      .object({
        requireForHighComplexity: z.boolean(),
        requireForSafeguarding: z.boolean(),
        allowCountersignature: z.boolean(),
        qualifyingQualifications: z.array(codeSchema(StaffQualification)).min(1),
      })
      .default({
        ...DEFAULT_LA_POLICY.qualificationRules,
        qualifyingQualifications: ['REGISTERED_SOCIAL_WORKER'],
      }),
    capitalLimits: z
      .array(effectiveDatedSchema(z.object({ upperPence: penceSchema, lowerPence: penceSchema })))
      .default([...DEFAULT_LA_POLICY.capitalLimits]),
    minimumIncomeGuarantee: z
      .array(
        effectiveDatedSchema(
          z.array(z.object({ category: textSchema(100), weeklyPence: penceSchema })),
        ),
      )
      .default([]),
  })
  .superRefine((policy, context) => {
    const limits = ApprovalLevel.codes.map((level) => policy.approvalLimitsAnnualPence[level]);
    for (let index = 1; index < limits.length; index += 1) {
      const previous = limits[index - 1];
      const current = limits[index];
      if (previous === null && current !== null) {
        context.addIssue({
          code: 'custom',
          message: 'A higher approval level cannot have a limit when a lower level has none',
          path: ['approvalLimitsAnnualPence', ApprovalLevel.codes[index] ?? ''],
        });
      } else if (previous != null && current != null && current < previous) {
        context.addIssue({
          code: 'custom',
          message: 'Approval limits must not decrease from TEAM to PANEL',
          path: ['approvalLimitsAnnualPence', ApprovalLevel.codes[index] ?? ''],
        });
      }
    }
    if (policy.firstReviewTargetDays > policy.firstReviewMaxDays) {
      context.addIssue({
        code: 'custom',
        message: 'The first-review target cannot be later than the maximum',
        path: ['firstReviewTargetDays'],
      });
    }
    policy.capitalLimits.forEach((entry, index) => {
      if (entry.value.lowerPence > entry.value.upperPence) {
        context.addIssue({
          code: 'custom',
          message: 'The lower capital limit cannot exceed the upper limit',
          path: ['capitalLimits', index, 'value', 'lowerPence'],
        });
      }
    });
    if (!uniqueEffectiveDates(policy.capitalLimits)) {
      context.addIssue({
        code: 'custom',
        message: 'Effective dates must be unique',
        path: ['capitalLimits'],
      });
    }
    if (!uniqueEffectiveDates(policy.minimumIncomeGuarantee)) {
      context.addIssue({
        code: 'custom',
        message: 'Effective dates must be unique',
        path: ['minimumIncomeGuarantee'],
      });
    }
  })
  .transform((policy): LaPolicy => ({ ...policy, cardOptOutAllowed: true }));

export type LaPolicyInput = z.input<typeof laPolicyInputSchema>;
