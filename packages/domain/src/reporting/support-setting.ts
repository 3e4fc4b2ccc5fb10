/**
 * The support-setting hierarchy for service users in long-term support (domain.md §3.1.3):
 * Nursing > Residential > Community DP > Community CASSR-managed PB > Community CASSR commissioned
 * > Community (unknown mechanism) > Prison managed PB > Prison commissioned > Prison unknown.
 * "Community DP" is a Direct Payment by Delivery Mechanism or by Service Component, as ASCOF
 * counts either [S-01f, S-02e]. A direct payment is not allowed in prison (I-15), so a prison line
 * coded as one falls to "Prison unknown".
 */
import type { LineHierarchy } from './line-hierarchy.ts';

export type SupportSetting =
  | 'NURSING'
  | 'RESIDENTIAL'
  | 'COMMUNITY_DIRECT_PAYMENT'
  | 'COMMUNITY_MANAGED_PERSONAL_BUDGET'
  | 'COMMUNITY_COMMISSIONED'
  | 'COMMUNITY_UNKNOWN_MECHANISM'
  | 'PRISON_MANAGED_PERSONAL_BUDGET'
  | 'PRISON_COMMISSIONED'
  | 'PRISON_UNKNOWN_MECHANISM';

export const SUPPORT_SETTING_HIERARCHY: LineHierarchy<SupportSetting> = {
  name: 'Support setting',
  levels: [
    { level: 'NURSING', rank: 1, matcher: { serviceTypes: ['LT_NURSING'] } },
    { level: 'RESIDENTIAL', rank: 2, matcher: { serviceTypes: ['LT_RESIDENTIAL'] } },
    {
      level: 'COMMUNITY_DIRECT_PAYMENT',
      rank: 3,
      matcher: {
        serviceTypes: ['LT_COMMUNITY'],
        anyOf: { mechanisms: ['DIRECT_PAYMENT'], components: ['DIRECT_PAYMENT'] },
      },
    },
    {
      level: 'COMMUNITY_MANAGED_PERSONAL_BUDGET',
      rank: 4,
      matcher: {
        serviceTypes: ['LT_COMMUNITY'],
        anyOf: { mechanisms: ['CASSR_MANAGED_PERSONAL_BUDGET'] },
      },
    },
    {
      level: 'COMMUNITY_COMMISSIONED',
      rank: 5,
      matcher: {
        serviceTypes: ['LT_COMMUNITY'],
        anyOf: { mechanisms: ['CASSR_COMMISSIONED_SUPPORT'] },
      },
    },
    { level: 'COMMUNITY_UNKNOWN_MECHANISM', rank: 6, matcher: { serviceTypes: ['LT_COMMUNITY'] } },
    {
      level: 'PRISON_MANAGED_PERSONAL_BUDGET',
      rank: 7,
      matcher: {
        serviceTypes: ['LT_PRISON'],
        anyOf: { mechanisms: ['CASSR_MANAGED_PERSONAL_BUDGET'] },
      },
    },
    {
      level: 'PRISON_COMMISSIONED',
      rank: 8,
      matcher: {
        serviceTypes: ['LT_PRISON'],
        anyOf: { mechanisms: ['CASSR_COMMISSIONED_SUPPORT'] },
      },
    },
    { level: 'PRISON_UNKNOWN_MECHANISM', rank: 9, matcher: { serviceTypes: ['LT_PRISON'] } },
  ],
};
