import { CostFrequency } from '@openpb/domain/code-lists/cost-frequency';
import { DeliveryMechanism } from '@openpb/domain/code-lists/delivery-mechanism';
import { FundingSource } from '@openpb/domain/code-lists/funding-source';
import { PlanLineStatus } from '@openpb/domain/code-lists/plan-line-status';
import { ServiceComponent } from '@openpb/domain/code-lists/service-component';
import { ServiceType } from '@openpb/domain/code-lists/service-type';
import { annualLineCostPence } from '@openpb/domain/cost-frequency';
import { builder } from '../../builder.ts';
import { codeEnum } from '../code-lists.ts';

export const SupportPlanLineRef = builder.prismaObject('SupportPlanLine', {
  description:
    'A costed line of a support plan: one CLD Service row while it is active. Lines belong to their plan version and never change.',
  fields: (t) => ({
    position: t.exposeInt('position'),
    description: t.exposeString('description'),
    serviceType: t.expose('serviceType', {
      type: codeEnum(ServiceType),
    }),
    serviceComponent: t.expose('serviceComponent', {
      type: codeEnum(ServiceComponent),
    }),
    deliveryMechanism: t.expose('deliveryMechanism', {
      type: codeEnum(DeliveryMechanism),
    }),
    fundingSource: t.expose('fundingSource', {
      type: codeEnum(FundingSource),
    }),
    status: t.expose('status', { type: codeEnum(PlanLineStatus) }),
    unitCostPence: t.expose('unitCostPence', {
      type: 'Pence',
      description: 'CLD Unit_Cost, gross.',
    }),
    costFrequency: t.expose('costFrequency', {
      type: codeEnum(CostFrequency),
    }),
    plannedUnitsPerWeekHundredths: t.exposeInt('plannedUnitsPerWeekHundredths', {
      nullable: true,
      description: 'CLD Planned_units_per_week × 100 (12.5 hours a week is 1250).',
    }),
    weeklyCostPence: t.expose('weeklyCostPence', {
      type: 'Pence',
      description:
        'The weekly cost by the DHSC derivation (domain.md §6.5), rounded half-up per line.',
    }),
    annualCostPence: t.field({
      type: 'Pence',
      description: 'Weekly cost × 52; a one-off cost counted once.',
      select: { unitCostPence: true, costFrequency: true, plannedUnitsPerWeekHundredths: true },
      resolve: (line) =>
        annualLineCostPence({
          unitCostPence: line.unitCostPence,
          costFrequency: line.costFrequency as CostFrequency,
          plannedUnitsPerWeekHundredths: line.plannedUnitsPerWeekHundredths,
        }),
    }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    providerCqcLocationId: t.exposeString('providerCqcLocationId', {
      nullable: true,
      description: 'CLD Provider_CQC_Location_ID: the CQC location delivering the line.',
    }),
    providerCqcLocationName: t.exposeString('providerCqcLocationName', {
      nullable: true,
      description: 'CLD Provider_CQC_Location_Name.',
    }),
  }),
});
