/**
 * I-15 Prison: a direct payment must not be chosen in a prison setting (CLD guidance, S-03
 * delivery-mechanism). `serviceType = LT_PRISON ⇒ deliveryMechanism ≠ DIRECT_PAYMENT`, and the
 * Direct payment service component is refused there too.
 */
import type { DeliveryMechanism } from '../code-lists/delivery-mechanism.ts';
import type { ServiceComponent } from '../code-lists/service-component.ts';
import type { ServiceType } from '../code-lists/service-type.ts';
import { type RuleViolation, violation } from './rule-violation.ts';

export interface PrisonServiceLine {
  readonly serviceType: ServiceType;
  readonly serviceComponent?: ServiceComponent | null | undefined;
  readonly deliveryMechanism?: DeliveryMechanism | null | undefined;
}

export function checkPrisonDirectPayment(line: PrisonServiceLine): readonly RuleViolation[] {
  if (line.serviceType !== 'LT_PRISON') return [];
  const problems: RuleViolation[] = [];
  if (line.deliveryMechanism === 'DIRECT_PAYMENT') {
    problems.push(
      violation('DP_IN_PRISON', 'A direct payment cannot be used in a prison setting.', [
        'deliveryMechanism',
      ]),
    );
  }
  if (line.serviceComponent === 'DIRECT_PAYMENT') {
    problems.push(
      violation('DP_IN_PRISON', 'A direct payment cannot be used in a prison setting.', [
        'serviceComponent',
      ]),
    );
  }
  return problems;
}
