import { CostFrequency } from '@openpb/domain/code-lists/cost-frequency';
import { DeliveryMechanism } from '@openpb/domain/code-lists/delivery-mechanism';
import { EligibilityOutcome } from '@openpb/domain/code-lists/eligibility-outcome';
import { FundingSource } from '@openpb/domain/code-lists/funding-source';
import { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import { ServiceComponent } from '@openpb/domain/code-lists/service-component';
import { ServiceType } from '@openpb/domain/code-lists/service-type';
import { builder } from '../../builder.ts';
import { codeEnum } from '../code-lists.ts';

export const PlanOutcomeInput = builder.inputType('PlanOutcomeInput', {
  fields: (t) => ({
    description: t.string({ description: 'The outcome in the person’s own words.' }),
    eligibilityOutcome: t.field({ type: codeEnum(EligibilityOutcome), required: false }),
    target: t.string({ required: false }),
  }),
});

export const PlanLineInput = builder.inputType('PlanLineInput', {
  description: 'A costed line. CLD cost fields are required where I-14 says so.',
  fields: (t) => ({
    description: t.string(),
    serviceType: t.field({ type: codeEnum(ServiceType) }),
    serviceComponent: t.field({ type: codeEnum(ServiceComponent) }),
    deliveryMechanism: t.field({ type: codeEnum(DeliveryMechanism) }),
    fundingSource: t.field({
      type: codeEnum(FundingSource),
      required: false,
      description: 'Default LA.',
    }),
    status: t.field({
      type: codeEnum(PlanLineStatus),
      required: false,
      description: 'Default PLANNED.',
    }),
    unitCostPence: t.field({ type: 'Pence' }),
    costFrequency: t.field({ type: codeEnum(CostFrequency) }),
    plannedUnitsPerWeekHundredths: t.int({
      required: false,
      description: 'Planned units per week × 100; needed for hourly, daily and per-session costs.',
    }),
    startDate: t.field({ type: 'Date' }),
    endDate: t.field({ type: 'Date', required: false }),
    providerCqcLocationId: t.string({
      required: false,
      description:
        'CLD Provider_CQC_Location_ID: the CQC location delivering the line, e.g. 1-101641599.',
    }),
    providerCqcLocationName: t.string({
      required: false,
      description: 'CLD Provider_CQC_Location_Name.',
    }),
  }),
});

/** What a plan version says; shared by drafting a new version and revising a draft. */
export const SupportPlanContentInput = builder.inputType('SupportPlanContentInput', {
  fields: (t) => ({
    startDate: t.field({ type: 'Date' }),
    endDate: t.field({ type: 'Date', required: false }),
    firstReviewDueDate: t.field({
      type: 'Date',
      required: false,
      description:
        'Defaults to the latest guidance allows (start + 56 days unless the council’s policy says otherwise; I-10). A later date needs firstReviewLaterReason.',
    }),
    firstReviewLaterReason: t.string({
      required: false,
      description:
        'Why the first review is later than the 6–8 weeks of statutory guidance (I-10). Stored, and shown as a warning in the overdue-reviews report.',
    }),
    outcomes: t.field({ type: [PlanOutcomeInput] }),
    lines: t.field({ type: [PlanLineInput] }),
  }),
});
