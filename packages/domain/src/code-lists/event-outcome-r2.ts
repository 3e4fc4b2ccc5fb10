import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Release 2 Event Outcome, 16 values, with the DHSC hierarchy used to count a client once
 * (domain.md §3.1.2) [S-02c]. Rank 3 belongs to R1 values with no R2 equivalent.
 */
export const EventOutcomeR2 = defineCodeList({
  name: 'EventOutcomeR2',
  description: 'CLD Release 2 Event Outcome.',
  source: 'S-02c',
  entries: {
    PROGRESS_TO_REABLEMENT_ST_MAX: { r1: null, r2: 'Progress to reablement/ST-Max' },
    PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT: {
      r1: null,
      r2: 'Progress to assessment, review or reassessment',
    },
    PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES: {
      r1: null,
      r2: 'Progress to support planning or services',
    },
    CONTINUATION_OF_SUPPORT_OR_SERVICES: { r1: null, r2: 'Continuation of support or services' },
    ADMITTED_TO_HOSPITAL: { r1: null, r2: 'Admitted to hospital' },
    NFA_MOVED_TO_ANOTHER_LA: {
      r1: null,
      r2: 'NFA: Responsibility moved to another local authority',
    },
    NFA_NHS_REFERRAL_OR_NHS_FUNDED_CARE: {
      r1: null,
      r2: 'NFA: Referral to NHS services or NHS funded social care',
    },
    NFA_SELF_FUNDED_OR_12WK_DISREGARD: {
      r1: null,
      r2: 'NFA: Self-funded client or under 12wk disregard',
    },
    NFA_INFORMATION_AND_ADVICE: { r1: null, r2: 'NFA: Information and advice or signposting' },
    NFA_REFERRAL_WITHIN_LA: {
      r1: null,
      r2: 'NFA: Referral to other service within the local authority',
    },
    NFA_SUPPORT_DECLINED: { r1: null, r2: 'NFA: Support declined' },
    NFA_DECEASED: { r1: null, r2: 'NFA: Deceased' },
    NFA_SUPPORT_ENDED_AS_PLANNED: { r1: null, r2: 'NFA: Support ended as planned' },
    NFA_SUPPORT_ENDED_OTHER_REASON: { r1: null, r2: 'NFA: Support ended for other reason' },
    NFA_NO_SERVICES_OFFERED_OTHER_REASON: {
      r1: null,
      r2: 'NFA: No services offered for other reason',
    },
    NFA_OTHER: { r1: null, r2: 'NFA: Other' },
  },
});

export type EventOutcomeR2 = CodeOf<typeof EventOutcomeR2>;

/** DHSC hierarchy rank of each R2 outcome (1 = highest) [S-02c]. */
export const EventOutcomeR2HierarchyRank: { readonly [K in EventOutcomeR2]: number } = {
  PROGRESS_TO_REABLEMENT_ST_MAX: 1,
  PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT: 2,
  PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES: 4,
  CONTINUATION_OF_SUPPORT_OR_SERVICES: 5,
  ADMITTED_TO_HOSPITAL: 6,
  NFA_MOVED_TO_ANOTHER_LA: 7,
  NFA_NHS_REFERRAL_OR_NHS_FUNDED_CARE: 8,
  NFA_SELF_FUNDED_OR_12WK_DISREGARD: 9,
  NFA_INFORMATION_AND_ADVICE: 10,
  NFA_REFERRAL_WITHIN_LA: 11,
  NFA_SUPPORT_DECLINED: 12,
  NFA_DECEASED: 13,
  NFA_SUPPORT_ENDED_AS_PLANNED: 14,
  NFA_SUPPORT_ENDED_OTHER_REASON: 15,
  NFA_NO_SERVICES_OFFERED_OTHER_REASON: 16,
  NFA_OTHER: 17,
};

/** DHSC rank of an R1 outcome that has no R2 value ("Release 1 specification only: Not mapped"). */
export const R1_ONLY_NOT_MAPPED_RANK = 3;
