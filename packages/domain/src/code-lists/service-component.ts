import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Service Component (domain.md §3.1.2, §6.3). R2 labels as listed by S-05 and used in DHSC
 * code [S-02e]. Only four R1 labels were seen in sources (Short Term Residential Care, Short Term
 * Nursing Care, Carer Respite, Direct Payment [S-02a, S-01f]); the others reuse the R2 wording and
 * say so in their description.
 */
export const ServiceComponent = defineCodeList({
  name: 'ServiceComponent',
  description: 'The CLD Service Component of a service.',
  source: 'S-05 (R2), S-02a and S-01f (R1 equivalents)',
  entries: {
    REABLEMENT: { r1: 'Reablement', r2: 'Reablement' },
    SHORT_TERM_NURSING_CARE: { r1: 'Short Term Nursing Care', r2: 'Short term nursing care' },
    SHORT_TERM_RESIDENTIAL_CARE: {
      r1: 'Short Term Residential Care',
      r2: 'Short term residential care',
    },
    LONG_TERM_NURSING_CARE: {
      r1: 'Long term nursing care',
      r2: 'Long term nursing care',
      description: 'R1 wording not verified: R2 label reused.',
    },
    LONG_TERM_RESIDENTIAL_CARE: {
      r1: 'Long term residential care',
      r2: 'Long term residential care',
      description: 'R1 wording not verified: R2 label reused.',
    },
    HOME_SUPPORT_OR_DOMICILIARY_CARE: {
      r1: 'Home support or domiciliary care',
      r2: 'Home support or domiciliary care',
      description: 'R1 wording not verified: R2 label reused.',
    },
    DAY_SUPPORT: {
      r1: 'Day support',
      r2: 'Day support',
      description: 'R1 wording not verified: R2 label reused.',
    },
    MEALS: { r1: 'Meals', r2: 'Meals', description: 'R1 wording not verified: R2 label reused.' },
    TRANSPORT: {
      r1: 'Transport',
      r2: 'Transport',
      description: 'R1 wording not verified: R2 label reused.',
    },
    EQUIPMENT: {
      r1: 'Equipment',
      r2: 'Equipment',
      description: 'R1 wording not verified: R2 label reused.',
    },
    DIRECT_PAYMENT: {
      r1: 'Direct Payment',
      r2: 'Direct payment',
      description: 'Also a Delivery Mechanism; ASCOF 3D counts either.',
    },
    SHARED_LIVES: {
      r1: 'Shared Lives',
      r2: 'Shared Lives',
      description: 'R1 wording not verified: R2 label reused.',
    },
    COMMUNITY_SUPPORTED_LIVING: {
      r1: 'Community supported living',
      r2: 'Community supported living',
      description: 'R1 wording not verified: R2 label reused.',
    },
    EXTRA_CARE_HOUSING: {
      r1: 'Extra care housing',
      r2: 'Extra care housing',
      description: 'R1 wording not verified: R2 label reused.',
    },
    PROFESSIONAL_SUPPORT_SOCIAL_WORKER: {
      r1: 'Professional support: Social worker',
      r2: 'Professional support: Social worker',
      description: 'R1 wording not verified: R2 label reused.',
    },
    PROFESSIONAL_SUPPORT_OTHER: {
      r1: 'Professional support: Other',
      r2: 'Professional support: Other',
      description: 'R1 wording not verified: R2 label reused.',
    },
    LEARNING_EDUCATION_EMPLOYMENT_SUPPORT: {
      r1: 'Learning, education or employment support',
      r2: 'Learning, education or employment support',
      description: 'R1 wording not verified: R2 label reused.',
    },
    END_OF_LIFE_CARE: {
      r1: 'End of life care',
      r2: 'End of life care',
      description: 'R1 wording not verified: R2 label reused.',
    },
    EMERGENCY_SUPPORT: {
      r1: 'Emergency support',
      r2: 'Emergency support',
      description: 'R1 wording not verified: R2 label reused.',
    },
    OTHER_SHORT_TERM_SUPPORT: {
      r1: 'Other short term support',
      r2: 'Other short term support',
      description: 'R1 wording not verified: R2 label reused.',
    },
    OTHER_LONG_TERM_SUPPORT: {
      r1: 'Other long term support',
      r2: 'Other long term support',
      description: 'R1 wording not verified: R2 label reused.',
    },
    CARER_RESPITE: { r1: 'Carer Respite', r2: 'Unpaid carer respite' },
    CARER_SITTING_SERVICE: {
      r1: 'Unpaid carer sitting service',
      r2: 'Unpaid carer sitting service',
      description: 'R1 wording not verified: R2 label reused.',
    },
    CARER_UNIVERSAL_SERVICES: {
      r1: 'Unpaid carer universal services',
      r2: 'Unpaid carer universal services',
      description: 'R1 wording not verified: R2 label reused.',
    },
    OTHER_CARER_SUPPORT: {
      r1: 'Other unpaid carer support',
      r2: 'Other unpaid carer support',
      description: 'R1 wording not verified: R2 label reused.',
    },
  },
});

export type ServiceComponent = CodeOf<typeof ServiceComponent>;
