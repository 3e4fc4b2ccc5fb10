import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Justifications for paying a family member from a direct payment (reg 3, Care and Support
 * (Direct Payments) Regulations 2014, and OpenLearn's example list) [S-09e]; used by I-8.
 */
export const FamilyPaymentReason = defineCodeList({
  name: 'FamilyPaymentReason',
  description: 'Why the council agreed a direct payment may pay a close family member.',
  source: 'S-09e',
  entries: {
    LIMITED_PROVIDER_CHOICE: {
      r1: 'Limited choice of providers',
      r2: 'Limited choice of providers',
    },
    COMMUNICATION_NEEDS: { r1: 'Communication needs', r2: 'Communication needs' },
    AVAILABILITY_AT_REQUIRED_TIMES: {
      r1: 'Availability at the times support is needed',
      r2: 'Availability at the times support is needed',
    },
    INTIMATE_CARE_PREFERENCE: { r1: 'Intimate care', r2: 'Intimate care' },
    RELIGIOUS_OR_CULTURAL: {
      r1: 'Religious or cultural reasons',
      r2: 'Religious or cultural reasons',
    },
    PALLIATIVE_CARE: { r1: 'Palliative care', r2: 'Palliative care' },
    EMERGENCY_OR_SHORT_TERM: {
      r1: 'Emergency or short-term need',
      r2: 'Emergency or short-term need',
    },
    ADMIN_AND_MANAGEMENT_SUPPORT: {
      r1: 'Administration and management support of the direct payment',
      r2: 'Administration and management support of the direct payment',
    },
    OTHER_LA_DETERMINED: {
      r1: 'Other reason the council considers makes it necessary',
      r2: 'Other reason the council considers makes it necessary',
    },
  },
});

export type FamilyPaymentReason = CodeOf<typeof FamilyPaymentReason>;
