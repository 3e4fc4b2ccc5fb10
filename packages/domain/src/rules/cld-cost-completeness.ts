/**
 * I-14 CLD cost completeness (DHSC data-quality rules S-02a; S-03 unit-cost, planned-units):
 * a service line whose delivery mechanism is not CASSR Commissioned Support, and which is long
 * term support, carer support, or has component Short Term Residential Care, Short Term Nursing
 * Care or Carer Respite, must have a Unit Cost and Cost Frequency, and Planned Units per Week when
 * the frequency is finer than weekly. A missing delivery mechanism counts as "not commissioned",
 * as in the DHSC code.
 */
import { type CostFrequency, needsPlannedUnits } from '../code-lists/cost-frequency.ts';
import type { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import type { ServiceComponent } from '../code-lists/service-component.ts';
import { type ServiceType, ServiceTypeGroupOf } from '../code-lists/service-type.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface CldCostLine {
  readonly serviceType: ServiceType;
  readonly serviceComponent: ServiceComponent;
  readonly deliveryMechanism?: DeliveryMechanism | null | undefined;
  readonly unitCostPence?: number | null | undefined;
  readonly costFrequency?: CostFrequency | null | undefined;
  readonly plannedUnitsPerWeekHundredths?: number | null | undefined;
}

/** Components whose lines need costs whatever their service type. */
export const COSTED_COMPONENTS: readonly ServiceComponent[] = [
  'SHORT_TERM_RESIDENTIAL_CARE',
  'SHORT_TERM_NURSING_CARE',
  'CARER_RESPITE',
];

/** Whether CLD requires cost fields on this line. */
export function cldCostsRequired(line: CldCostLine): boolean {
  if (line.deliveryMechanism === 'CASSR_COMMISSIONED_SUPPORT') return false;
  const group = ServiceTypeGroupOf[line.serviceType];
  return (
    group === 'LONG_TERM' || group === 'CARER' || COSTED_COMPONENTS.includes(line.serviceComponent)
  );
}

export function checkCldCostCompleteness(line: CldCostLine): readonly RuleViolation[] {
  if (!cldCostsRequired(line)) return [];
  const problems: RuleViolation[] = [];
  if (line.unitCostPence == null) {
    problems.push(
      violation('CLD_COST_INCOMPLETE', 'CLD needs a unit cost for this service.', [
        'unitCostPence',
      ]),
    );
  }
  if (line.costFrequency == null) {
    problems.push(
      violation('CLD_COST_INCOMPLETE', 'CLD needs a cost frequency for this service.', [
        'costFrequency',
      ]),
    );
  } else if (needsPlannedUnits(line.costFrequency) && line.plannedUnitsPerWeekHundredths == null) {
    problems.push(
      violation(
        'CLD_COST_INCOMPLETE',
        'CLD needs planned units per week for a cost finer than weekly.',
        ['plannedUnitsPerWeekHundredths'],
      ),
    );
  }
  return problems;
}
