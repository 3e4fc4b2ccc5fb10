import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Delivery Mechanism (domain.md §3.1.2) [S-03 delivery-mechanism]. Applies per service line;
 * "part direct payment" is derived from the mix of lines. It must not be Direct Payment in a prison
 * setting (I-15). R2 sentence case [S-02e].
 */
export const DeliveryMechanism = defineCodeList({
  name: 'DeliveryMechanism',
  description: 'How a service line is delivered (CLD Delivery Mechanism), per service line.',
  source: 'S-03 (delivery-mechanism), S-02e (R2 spelling)',
  entries: {
    DIRECT_PAYMENT: { r1: 'Direct Payment', r2: 'Direct payment' },
    CASSR_MANAGED_PERSONAL_BUDGET: {
      r1: 'CASSR Managed Personal Budget',
      r2: 'CASSR managed personal budget',
    },
    CASSR_COMMISSIONED_SUPPORT: {
      r1: 'CASSR Commissioned Support',
      r2: 'CASSR commissioned support',
    },
    SELF_FUNDER_METERING_ONLY: {
      r1: 'Self-Funder Metering Only',
      r2: 'Self-Funder Metering Only',
      description: 'Reserved: not to be used before charging reform. R2 wording not verified.',
    },
  },
});

export type DeliveryMechanism = CodeOf<typeof DeliveryMechanism>;
