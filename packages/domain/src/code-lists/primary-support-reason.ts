import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Primary Support Reason (domain.md §3.1.2): 12 reasons and Unknown. R1 labels from the NHS
 * England LTS001a code [S-01b]. R2 is sentence case and renames "Support to Carer" to "Support to
 * unpaid carer" [S-02 code]; the other R2 wordings are taken from the CLD vocabularies republished by
 * S-05 and from DHSC-style cleaning code, not from the specification itself.
 */
export const PrimarySupportReason = defineCodeList({
  name: 'PrimarySupportReason',
  description: "The person's primary reason for needing support (CLD PSR).",
  source: 'S-01b (R1); S-02 code and S-05 (R2)',
  entries: {
    PHYSICAL_ACCESS_AND_MOBILITY: {
      r1: 'Physical Support: Access & mobility only',
      r2: 'Physical support: Access and mobility only',
    },
    PHYSICAL_PERSONAL_CARE: {
      r1: 'Physical Support: Personal care support',
      r2: 'Physical support: Personal care support',
    },
    SENSORY_VISUAL: {
      r1: 'Sensory Support: Support for visual impairment',
      r2: 'Sensory support: Support for visual impairment',
    },
    SENSORY_HEARING: {
      r1: 'Sensory Support: Support for hearing impairment',
      r2: 'Sensory support: Support for hearing impairment',
    },
    SENSORY_DUAL: {
      r1: 'Sensory Support: Support for dual impairment',
      r2: 'Sensory support: Support for dual impairment',
    },
    MEMORY_AND_COGNITION: {
      r1: 'Support with Memory & Cognition',
      r2: 'Support with memory and cognition',
    },
    LEARNING_DISABILITY: { r1: 'Learning Disability Support', r2: 'Learning disability support' },
    MENTAL_HEALTH: { r1: 'Mental Health Support', r2: 'Mental health support' },
    SOCIAL_SUBSTANCE_MISUSE: {
      r1: 'Social Support: Substance misuse support',
      r2: 'Social support: Substance misuse support',
    },
    SOCIAL_ASYLUM_SEEKER: {
      r1: 'Social Support: Asylum seeker support',
      r2: 'Social support: Asylum seeker support',
    },
    SOCIAL_ISOLATION_OTHER: {
      r1: 'Social Support: Support for Social Isolation/Other',
      r2: 'Social support: Support for social isolation or other reason',
    },
    SOCIAL_SUPPORT_TO_CARER: {
      r1: 'Social Support: Support to Carer',
      r2: 'Social support: Support to unpaid carer',
    },
    UNKNOWN: { r1: 'Unknown', r2: 'Unknown' },
  },
});

export type PrimarySupportReason = CodeOf<typeof PrimarySupportReason>;
