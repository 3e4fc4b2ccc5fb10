import { type CodeOf, defineCodeList } from './code-list.ts';
import type { DeliveryMechanism } from './delivery-mechanism.ts';

/**
 * Ways to deploy a personal budget: SG 11.30 [S-10d] (domain.md §6.2 BudgetDeployment), with the
 * proposed CLD Delivery Mechanism of each [P]. ISF → CASSR Managed Personal Budget is unverified [K].
 */
export const DeploymentMode = defineCodeList({
  name: 'DeploymentMode',
  description: 'How (part of) a personal budget is taken (Statutory Guidance 11.30).',
  source: 'S-10d; [P] CLD mapping',
  entries: {
    DIRECT_PAYMENT: { r1: 'Direct payment', r2: 'Direct payment' },
    LA_MANAGED: { r1: 'Council-managed account', r2: 'Council-managed account' },
    ISF: {
      r1: 'Individual service fund (third-party managed)',
      r2: 'Individual service fund (third-party managed)',
    },
    LA_COMMISSIONED: { r1: 'Council-commissioned support', r2: 'Council-commissioned support' },
  },
});

export type DeploymentMode = CodeOf<typeof DeploymentMode>;

/** The CLD Delivery Mechanism a deployment is reported as (domain.md §6.2) [P; ISF K]. */
export const DeploymentModeDeliveryMechanism: {
  readonly [K in DeploymentMode]: DeliveryMechanism;
} = {
  DIRECT_PAYMENT: 'DIRECT_PAYMENT',
  LA_MANAGED: 'CASSR_MANAGED_PERSONAL_BUDGET',
  ISF: 'CASSR_MANAGED_PERSONAL_BUDGET',
  LA_COMMISSIONED: 'CASSR_COMMISSIONED_SUPPORT',
};

export function deliveryMechanismOfDeployment(mode: DeploymentMode): DeliveryMechanism {
  return DeploymentModeDeliveryMechanism[mode];
}
