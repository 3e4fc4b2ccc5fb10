/**
 * Needs, carer's and financial assessments (Care Act s9/s10; domain.md §6.2 Assessment,
 * EligibilityDetermination). CLD records them as Assessment events with an Assessment Type
 * (S-03); the form (e.g. supported self-assessment, SG 6.3 / S-10b) is recorded separately.
 */
import { z } from 'zod';
import { AssessmentFormat } from '../code-lists/assessment-format.ts';
import { AssessmentType } from '../code-lists/assessment-type.ts';
import { CarerEligibilityOutcome } from '../code-lists/carer-eligibility-outcome.ts';
import { Complexity } from '../code-lists/complexity.ts';
import { EligibilityOutcome } from '../code-lists/eligibility-outcome.ts';
import { EventOutcomeR2 } from '../code-lists/event-outcome-r2.ts';
import { FacsBand } from '../code-lists/facs-band.ts';
import { Involvement } from '../code-lists/involvement.ts';
import { UnableToAchieveReason } from '../code-lists/unable-to-achieve-reason.ts';
import type { IsoDate } from '../dates.ts';
import { determineCarerEligibility, determineEligibility } from '../rules/eligibility.ts';
import { checkEventDates } from '../rules/event-dates.ts';
import { addViolations, codeSchema, idSchema, isoDateSchema } from './field-schemas.ts';

export interface OutcomeAssessment {
  readonly outcome: EligibilityOutcome;
  readonly unableToAchieve: boolean;
  readonly reason: UnableToAchieveReason | null;
}

export interface EligibilityDetermination {
  readonly needsArisingFromImpairmentOrIllness: boolean;
  readonly outcomes: readonly OutcomeAssessment[];
  readonly significantImpactOnWellbeing: boolean;
  /** Computed with `determineEligibility` (I-3). */
  readonly eligible: boolean;
  /** Period over which fluctuating needs were judged (reg 2(4), S-09a). */
  readonly fluctuatingNeedsPeriodDays: number | null;
}

export interface CarerOutcomeAssessment {
  readonly outcome: CarerEligibilityOutcome;
  readonly unableToAchieve: boolean;
  readonly reason: UnableToAchieveReason | null;
}

/** A carer's determination (reg 3), stored with `kind: 'CARER'` beside the adult's. */
export interface CarerEligibilityDetermination {
  readonly kind: 'CARER';
  readonly needsArisingFromProvidingNecessaryCare: boolean;
  readonly healthDeterioratingOrAtRisk: boolean;
  readonly outcomes: readonly CarerOutcomeAssessment[];
  readonly significantImpactOnWellbeing: boolean;
  /** Computed with `determineCarerEligibility` (I-3). */
  readonly eligible: boolean;
}

/** Whether a stored determination is a carer's (reg 3) rather than an adult's (reg 2). */
export function isCarerDetermination(
  stored: EligibilityDetermination | CarerEligibilityDetermination,
): stored is CarerEligibilityDetermination {
  return 'kind' in stored && stored.kind === 'CARER';
}

export interface Assessment {
  readonly id: string;
  readonly councilId: string;
  readonly personId: string;
  readonly requestId: string | null;
  readonly type: AssessmentType;
  readonly format: AssessmentFormat;
  /** CLD Method of Assessment; not recorded for financial assessments. */
  readonly involvement: Involvement | null;
  readonly startDate: IsoDate;
  readonly completedDate: IsoDate | null;
  readonly assessorId: string;
  readonly countersignedById: string | null;
  readonly complexity: Complexity;
  readonly outcome: EventOutcomeR2 | null;
  readonly eligibility: EligibilityDetermination | CarerEligibilityDetermination | null;
  readonly legacyFacsBand: FacsBand | null;
}

/** An outcome that cannot be achieved needs the reason why (reg 2(3) / reg 3(4)). */
function requireReason(
  item: { readonly unableToAchieve: boolean; readonly reason?: UnableToAchieveReason | undefined },
  context: z.RefinementCtx,
): void {
  if (item.unableToAchieve && item.reason === undefined) {
    context.addIssue({
      code: 'custom',
      message: 'Say why the outcome cannot be achieved',
      path: ['reason'],
    });
  }
}

export const outcomeAssessmentInputSchema = z
  .object({
    outcome: codeSchema(EligibilityOutcome),
    unableToAchieve: z.boolean(),
    reason: codeSchema(UnableToAchieveReason).optional(),
  })
  .superRefine(requireReason);

function eachOutcomeOnce(
  outcomes: readonly { readonly outcome: string }[],
  context: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  outcomes.forEach((item, index) => {
    if (seen.has(item.outcome)) {
      context.addIssue({
        code: 'custom',
        message: 'Each outcome once',
        path: ['outcomes', index, 'outcome'],
      });
    }
    seen.add(item.outcome);
  });
}

/**
 * A carer's outcome (reg 3(3)). "Unable" for a carer (reg 3(4)) is: without assistance, with
 * significant pain, distress or anxiety, or endangering the health or safety of the carer or
 * others — taking significantly longer is a ground for adults only (reg 2(3)(d)).
 */
export const carerOutcomeAssessmentInputSchema = z
  .object({
    outcome: codeSchema(CarerEligibilityOutcome),
    unableToAchieve: z.boolean(),
    reason: codeSchema(UnableToAchieveReason).optional(),
  })
  .superRefine((item, context) => {
    requireReason(item, context);
    if (item.reason === 'TAKES_SIGNIFICANTLY_LONGER') {
      context.addIssue({
        code: 'custom',
        message: 'Taking significantly longer is not a ground for carers (reg 3(4))',
        path: ['reason'],
      });
    }
  });

/** Input for a carer's determination (reg 3); `eligible` is computed (I-3). */
export const carerEligibilityDeterminationInputSchema = z
  .object({
    needsArisingFromProvidingNecessaryCare: z.boolean(),
    healthDeterioratingOrAtRisk: z.boolean(),
    outcomes: z.array(carerOutcomeAssessmentInputSchema).max(CarerEligibilityOutcome.codes.length),
    significantImpactOnWellbeing: z.boolean(),
  })
  .superRefine((determination, context) => eachOutcomeOnce(determination.outcomes, context))
  .transform((determination) => ({
    kind: 'CARER' as const,
    ...determination,
    eligible: determineCarerEligibility(determination),
  }));

/** Input for an eligibility determination; `eligible` is computed, never taken as input (I-3). */
export const eligibilityDeterminationInputSchema = z
  .object({
    needsArisingFromImpairmentOrIllness: z.boolean(),
    outcomes: z.array(outcomeAssessmentInputSchema).max(EligibilityOutcome.codes.length),
    significantImpactOnWellbeing: z.boolean(),
    fluctuatingNeedsPeriodDays: z.int().min(1).max(366).optional(),
  })
  .superRefine((determination, context) => eachOutcomeOnce(determination.outcomes, context))
  .transform((determination) => ({
    ...determination,
    eligible: determineEligibility(determination),
  }));

/** Input for recording an assessment. */
export const assessmentInputSchema = z
  .object({
    personId: idSchema,
    requestId: idSchema.optional(),
    type: codeSchema(AssessmentType),
    format: codeSchema(AssessmentFormat),
    involvement: codeSchema(Involvement).optional(),
    startDate: isoDateSchema,
    completedDate: isoDateSchema.optional(),
    assessorId: idSchema,
    countersignedById: idSchema.optional(),
    complexity: codeSchema(Complexity).default('MEDIUM'),
    outcome: codeSchema(EventOutcomeR2).optional(),
    eligibility: eligibilityDeterminationInputSchema.optional(),
    carerEligibility: carerEligibilityDeterminationInputSchema.optional(),
    legacyFacsBand: codeSchema(FacsBand).optional(),
  })
  .superRefine((assessment, context) => {
    addViolations(
      context,
      checkEventDates({
        eventType: 'ASSESSMENT',
        startDate: assessment.startDate,
        endDate: assessment.completedDate,
      }).map((item) => (item.path[0] === 'endDate' ? { ...item, path: ['completedDate'] } : item)),
    );
    if (assessment.type !== 'FINANCIAL' && assessment.involvement === undefined) {
      context.addIssue({
        code: 'custom',
        message: 'CLD needs the method of assessment unless it is a financial assessment',
        path: ['involvement'],
      });
    }
    for (const field of ['eligibility', 'carerEligibility'] as const) {
      if (assessment.type !== 'LONG_TERM' && assessment[field] !== undefined) {
        context.addIssue({
          code: 'custom',
          message: 'Only a long-term assessment determines eligibility',
          path: [field],
        });
      }
    }
    if (assessment.eligibility !== undefined && assessment.carerEligibility !== undefined) {
      context.addIssue({
        code: 'custom',
        message: 'An assessment applies the adult’s test (reg 2) or the carer’s (reg 3), not both',
        path: ['carerEligibility'],
      });
    }
    if (
      assessment.completedDate !== undefined &&
      assessment.type !== 'FINANCIAL' &&
      assessment.outcome === undefined
    ) {
      context.addIssue({
        code: 'custom',
        message: 'A completed assessment needs an outcome',
        path: ['outcome'],
      });
    }
  });

export type AssessmentInput = z.output<typeof assessmentInputSchema>;
