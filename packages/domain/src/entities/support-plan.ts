/**
 * The care and support plan (Care Act s24–25; domain.md §6.2 SupportPlan, SupportPlanLine). Each
 * active line is one CLD Service row; its weekly cost is derived from the unit cost (§6.5).
 */
import { z } from 'zod';
import { CostFrequency } from '../code-lists/cost-frequency.ts';
import { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import { EligibilityOutcome } from '../code-lists/eligibility-outcome.ts';
import { FundingSource } from '../code-lists/funding-source.ts';
import { PlanLineStatus } from '../code-lists/plan-line-status.ts';
import { ServiceComponent } from '../code-lists/service-component.ts';
import { ServiceType } from '../code-lists/service-type.ts';
import type { SupportPlanStatus } from '../code-lists/support-plan-status.ts';
import { weeklyCostPence } from '../cost-frequency.ts';
import { compareDates, type IsoDate } from '../dates.ts';
import type { Pence } from '../money.ts';
import { checkCldCostCompleteness } from '../rules/cld-cost-completeness.ts';
import { checkPrisonDirectPayment } from '../rules/prison-direct-payment.ts';
import { checkFirstReviewDue } from '../rules/review-due-dates.ts';
import { cqcLocationIdSchema, cqcLocationNameSchema } from './cqc-location.ts';
import {
  addViolations,
  codeSchema,
  hundredthsSchema,
  idSchema,
  isoDateSchema,
  penceSchema,
  textSchema,
} from './field-schemas.ts';

export interface PlanOutcome {
  readonly description: string;
  readonly eligibilityOutcome: EligibilityOutcome | null;
  readonly target: string | null;
}

export interface SupportPlanLine {
  readonly id: string;
  readonly serviceType: ServiceType;
  readonly serviceComponent: ServiceComponent;
  readonly deliveryMechanism: DeliveryMechanism;
  readonly deploymentId: string | null;
  readonly providerOrganisationId: string | null;
  /** CLD Provider_CQC_Location_ID / Provider_CQC_Location_Name. */
  readonly providerCqcLocationId: string | null;
  readonly providerCqcLocationName: string | null;
  readonly description: string;
  readonly unitCostPence: Pence;
  readonly costFrequency: CostFrequency;
  /** CLD Planned units per week × 100 (2 decimal places held exactly). */
  readonly plannedUnitsPerWeekHundredths: number | null;
  /** Derived with `weeklyCostPence` (§6.5). */
  readonly weeklyCostPence: Pence;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly status: PlanLineStatus;
  readonly fundingSource: FundingSource;
}

export interface SupportPlan {
  readonly id: string;
  readonly councilId: string;
  readonly personId: string;
  readonly version: number;
  readonly supersedesId: string | null;
  readonly status: SupportPlanStatus;
  readonly outcomes: readonly PlanOutcome[];
  readonly lines: readonly SupportPlanLine[];
  readonly preparedById: string | null;
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
  readonly firstReviewDueDate: IsoDate;
  /** Why the first review is later than guidance allows (I-10); null when it is not. */
  readonly firstReviewLaterReason: string | null;
  readonly nextReviewDueDate: IsoDate | null;
}

/** Long-term plans are expected to have at least two personal outcomes (CLD guidance, S-03). */
export const MINIMUM_LONG_TERM_OUTCOMES = 2;

export const planOutcomeInputSchema = z.object({
  description: textSchema(1000),
  eligibilityOutcome: codeSchema(EligibilityOutcome).optional(),
  target: textSchema(1000).optional(),
});

/** Input for one plan line; checks I-14 (CLD costs), I-15 (no DP in prison) and dates. */
export const supportPlanLineInputSchema = z
  .object({
    serviceType: codeSchema(ServiceType),
    serviceComponent: codeSchema(ServiceComponent),
    deliveryMechanism: codeSchema(DeliveryMechanism),
    deploymentId: idSchema.optional(),
    providerOrganisationId: idSchema.optional(),
    providerCqcLocationId: cqcLocationIdSchema.optional(),
    providerCqcLocationName: cqcLocationNameSchema.optional(),
    description: textSchema(500),
    unitCostPence: penceSchema,
    costFrequency: codeSchema(CostFrequency),
    plannedUnitsPerWeekHundredths: hundredthsSchema
      .max(16_800, { error: 'At most 168 units a week' })
      .optional(),
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    status: codeSchema(PlanLineStatus).default('PLANNED'),
    fundingSource: codeSchema(FundingSource).default('LA'),
  })
  .superRefine((line, context) => {
    addViolations(context, checkCldCostCompleteness(line));
    addViolations(context, checkPrisonDirectPayment(line));
    if (line.endDate !== undefined && compareDates(line.endDate, line.startDate) < 0) {
      context.addIssue({
        code: 'custom',
        message: 'The end date cannot be before the start date',
        path: ['endDate'],
        params: { ruleCode: 'END_BEFORE_START' },
      });
    }
  });

export type SupportPlanLineInput = z.output<typeof supportPlanLineInputSchema>;

/** Weekly cost of a line input; `null` when the planned units it needs are missing. */
export function lineInputWeeklyCostPence(line: SupportPlanLineInput): Pence | null {
  try {
    return weeklyCostPence(line);
  } catch {
    return null;
  }
}

/** Input for proposing a plan version; checks the first review date (I-10) and the lines. */
export const supportPlanInputSchema = z
  .object({
    personId: idSchema,
    outcomes: z
      .array(planOutcomeInputSchema)
      .min(1, { error: 'A plan needs at least one outcome' }),
    lines: z.array(supportPlanLineInputSchema),
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    firstReviewDueDate: isoDateSchema,
    firstReviewLaterReason: textSchema(1000).optional(),
  })
  .superRefine((plan, context) => {
    addViolations(context, checkFirstReviewDue(plan));
    if (plan.endDate !== undefined && compareDates(plan.endDate, plan.startDate) < 0) {
      context.addIssue({
        code: 'custom',
        message: 'The end date cannot be before the start date',
        path: ['endDate'],
        params: { ruleCode: 'END_BEFORE_START' },
      });
    }
    plan.lines.forEach((line, index) => {
      if (compareDates(line.startDate, plan.startDate) < 0) {
        context.addIssue({
          code: 'custom',
          message: 'A line cannot start before its plan',
          path: ['lines', index, 'startDate'],
        });
      }
    });
  });

export type SupportPlanInput = z.output<typeof supportPlanInputSchema>;
