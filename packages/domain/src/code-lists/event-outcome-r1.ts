import { type CodeOf, defineCodeList } from './code-list.ts';
import type { EventOutcomeR2 } from './event-outcome-r2.ts';

/**
 * CLD Release 1 Event Outcome, 19 values (domain.md §3.1.2) [S-01c; coded list in S-06], and
 * its mapping onto Release 2 (DHSC has mapped data to R2 since October 2025 [S-02c]).
 */
export const EventOutcomeR1 = defineCodeList({
  name: 'EventOutcomeR1',
  description: 'CLD Release 1 Event Outcome.',
  source: 'S-01c; coded list in S-06',
  entries: {
    PROGRESS_TO_REABLEMENT_ST_MAX: { r1: 'Progress to Reablement/ST-Max', r2: null },
    PROGRESS_TO_ASSESSMENT: { r1: 'Progress to Assessment', r2: null },
    ADMITTED_TO_HOSPITAL: { r1: 'Admitted to hospital', r2: null },
    PROGRESS_TO_REASSESSMENT_OR_UNPLANNED_REVIEW: {
      r1: 'Progress to Re-assessment / Unplanned Review',
      r2: null,
    },
    PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES: {
      r1: 'Progress to Support Planning / Services',
      r2: null,
    },
    PROGRESS_TO_END_OF_LIFE_CARE: { r1: 'Progress to End of Life Care', r2: null },
    NO_CHANGE_IN_PACKAGE: { r1: 'No change in package', r2: null },
    SERVICE_ENDED_AS_PLANNED: { r1: 'Service ended as planned', r2: null },
    NFA_MOVED_TO_ANOTHER_LA: { r1: 'NFA - Moved to another LA', r2: null },
    NFA_100_PERCENT_NHS_FUNDED_CARE: { r1: 'NFA - 100% NHS funded care', r2: null },
    NFA_SELF_FUNDED_CLIENT: { r1: 'NFA - Self-funded client (Inc. 12wk disregard)', r2: null },
    NFA_SUPPORT_DECLINED: { r1: 'NFA - Support declined', r2: null },
    NFA_INFORMATION_AND_ADVICE_SIGNPOSTING_ONLY: {
      r1: 'NFA - Information & Advice / Signposting only',
      r2: null,
    },
    NFA_DECEASED: { r1: 'NFA - Deceased', r2: null },
    NFA_NO_SERVICES_OFFERED_OTHER_REASON: {
      r1: 'NFA - No services offered: Other reason',
      r2: null,
    },
    NFA_SUPPORT_ENDED_OTHER_REASON: { r1: 'NFA - Support ended: Other reason', r2: null },
    PROGRESS_TO_FINANCIAL_ASSESSMENT: { r1: 'Progress to financial assessment', r2: null },
    PROVISION_OF_SERVICE: { r1: 'Provision of service', r2: null },
    NFA_OTHER: { r1: 'NFA- Other', r2: null },
  },
});

export type EventOutcomeR1 = CodeOf<typeof EventOutcomeR1>;

/**
 * R1 → R2 mapping. `null` = "Release 1 specification only: Not mapped" (DHSC rank 3).
 * The one-to-one rows follow the wording; PROVISION_OF_SERVICE, NO_CHANGE_IN_PACKAGE and the two
 * R1-only rows are our reading [P] of the DHSC mapping tables, which are not published.
 */
export const EventOutcomeR1ToR2: { readonly [K in EventOutcomeR1]: EventOutcomeR2 | null } = {
  PROGRESS_TO_REABLEMENT_ST_MAX: 'PROGRESS_TO_REABLEMENT_ST_MAX',
  PROGRESS_TO_ASSESSMENT: 'PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT',
  ADMITTED_TO_HOSPITAL: 'ADMITTED_TO_HOSPITAL',
  PROGRESS_TO_REASSESSMENT_OR_UNPLANNED_REVIEW: 'PROGRESS_TO_ASSESSMENT_REVIEW_OR_REASSESSMENT',
  PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
  PROGRESS_TO_END_OF_LIFE_CARE: null,
  NO_CHANGE_IN_PACKAGE: 'CONTINUATION_OF_SUPPORT_OR_SERVICES',
  SERVICE_ENDED_AS_PLANNED: 'NFA_SUPPORT_ENDED_AS_PLANNED',
  NFA_MOVED_TO_ANOTHER_LA: 'NFA_MOVED_TO_ANOTHER_LA',
  NFA_100_PERCENT_NHS_FUNDED_CARE: 'NFA_NHS_REFERRAL_OR_NHS_FUNDED_CARE',
  NFA_SELF_FUNDED_CLIENT: 'NFA_SELF_FUNDED_OR_12WK_DISREGARD',
  NFA_SUPPORT_DECLINED: 'NFA_SUPPORT_DECLINED',
  NFA_INFORMATION_AND_ADVICE_SIGNPOSTING_ONLY: 'NFA_INFORMATION_AND_ADVICE',
  NFA_DECEASED: 'NFA_DECEASED',
  NFA_NO_SERVICES_OFFERED_OTHER_REASON: 'NFA_NO_SERVICES_OFFERED_OTHER_REASON',
  NFA_SUPPORT_ENDED_OTHER_REASON: 'NFA_SUPPORT_ENDED_OTHER_REASON',
  PROGRESS_TO_FINANCIAL_ASSESSMENT: null,
  PROVISION_OF_SERVICE: 'PROGRESS_TO_SUPPORT_PLANNING_OR_SERVICES',
  NFA_OTHER: 'NFA_OTHER',
};
