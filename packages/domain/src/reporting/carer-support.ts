/**
 * The carer hierarchy (domain.md §3.1.3): Direct Payment only > CASSR Managed Personal Budget >
 * CASSR Commissioned Support only > Support Direct to Carer: Unknown Delivery Mechanism >
 * Information, Advice and Other Universal Services / Signposting > No Direct Support Provided to
 * Carer. Our reading [P] of how a line is placed: a line of component "Unpaid carer universal
 * services" is information and advice whatever its mechanism (so it is tried first, although it
 * ranks fifth); support involving the person cared-for is no direct support to the carer; other
 * direct-to-carer lines are placed by mechanism (a Direct payment component counts as a DP).
 */
import type { LineHierarchy } from './line-hierarchy.ts';

export type CarerSupport =
  | 'DIRECT_PAYMENT'
  | 'MANAGED_PERSONAL_BUDGET'
  | 'COMMISSIONED_SUPPORT'
  | 'DIRECT_TO_CARER_UNKNOWN_MECHANISM'
  | 'INFORMATION_ADVICE_UNIVERSAL_SERVICES'
  | 'NO_DIRECT_SUPPORT_TO_CARER';

export const CARER_SUPPORT_HIERARCHY: LineHierarchy<CarerSupport> = {
  name: 'Carer support',
  levels: [
    {
      level: 'INFORMATION_ADVICE_UNIVERSAL_SERVICES',
      rank: 5,
      matcher: {
        serviceTypes: ['CARER_DIRECT'],
        anyOf: { components: ['CARER_UNIVERSAL_SERVICES'] },
      },
    },
    {
      level: 'DIRECT_PAYMENT',
      rank: 1,
      matcher: {
        serviceTypes: ['CARER_DIRECT'],
        anyOf: { mechanisms: ['DIRECT_PAYMENT'], components: ['DIRECT_PAYMENT'] },
      },
    },
    {
      level: 'MANAGED_PERSONAL_BUDGET',
      rank: 2,
      matcher: {
        serviceTypes: ['CARER_DIRECT'],
        anyOf: { mechanisms: ['CASSR_MANAGED_PERSONAL_BUDGET'] },
      },
    },
    {
      level: 'COMMISSIONED_SUPPORT',
      rank: 3,
      matcher: {
        serviceTypes: ['CARER_DIRECT'],
        anyOf: { mechanisms: ['CASSR_COMMISSIONED_SUPPORT'] },
      },
    },
    {
      level: 'DIRECT_TO_CARER_UNKNOWN_MECHANISM',
      rank: 4,
      matcher: { serviceTypes: ['CARER_DIRECT'] },
    },
    {
      level: 'NO_DIRECT_SUPPORT_TO_CARER',
      rank: 6,
      matcher: { serviceTypes: ['CARER_VIA_CARED_FOR'] },
    },
  ],
};

/**
 * DHSC's carer hierarchy: the same levels, but support direct to the carer is placed by its
 * delivery mechanism alone (a Direct payment component also counts as a DP), whatever its service
 * component, so a universal-services line delivered as commissioned support counts as
 * commissioned support (DataS-DHSC/ASC-CLD-LA-Dashboard, ASCOF_measures/
 * Create_ASCOF_3D_2425_Onwards.sql, "#ASCOF_3D_Carers_Case"). Information and advice is reached
 * there only through assessments, reviews and requests, which never enter the 3D denominator.
 */
export const DHSC_CARER_SUPPORT_HIERARCHY: LineHierarchy<CarerSupport> = {
  name: 'Carer support (DHSC)',
  levels: CARER_SUPPORT_HIERARCHY.levels.filter(
    (level) => level.level !== 'INFORMATION_ADVICE_UNIVERSAL_SERVICES',
  ),
};
