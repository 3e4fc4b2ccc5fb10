import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Review Reason (domain.md §3.1.2). R1 [S-01e]; R2 adds "Review of short term support" [S-02b].
 * DHSC derives the review type from the reason (Planned / Unplanned / short term) [S-02b].
 */
export const ReviewReason = defineCodeList({
  name: 'ReviewReason',
  description: 'Why a review took place (CLD Review Reason).',
  source: 'S-01e (R1), S-02b (R2)',
  entries: {
    PLANNED: { r1: 'Planned', r2: 'Planned' },
    UNPLANNED_HOSPITAL: {
      r1: 'Unplanned - Hospital (Planned and unplanned episodes)',
      r2: 'Unplanned - Hospital (Planned and unplanned episodes)',
      description: 'R2 wording not verified: R1 label reused.',
    },
    UNPLANNED_CARER_RELATED: {
      r1: 'Unplanned - Carer related',
      r2: 'Unplanned - Carer related',
      description: 'R2 wording not verified: R1 label reused.',
    },
    UNPLANNED_SAFEGUARDING_CONCERN: {
      r1: 'Unplanned - Safeguarding concern',
      r2: 'Unplanned - Safeguarding concern',
      description: 'R2 wording not verified: R1 label reused.',
    },
    UNPLANNED_OTHER: {
      r1: 'Unplanned - Other Reason',
      r2: 'Unplanned - Other Reason',
      description: 'R2 wording not verified: R1 label reused.',
    },
    UNPLANNED_PROVIDER_FAILURE: {
      r1: 'Unplanned - Provider Failure',
      r2: 'Unplanned - Provider Failure',
      description: 'R2 wording not verified: R1 label reused.',
    },
    UNPLANNED_CHANGE_IN_COMMISSIONING: {
      r1: 'Unplanned - Change in Commissioning arrangements',
      r2: 'Unplanned - Change in Commissioning arrangements',
      description: 'R2 wording not verified: R1 label reused.',
    },
    REVIEW_OF_SHORT_TERM_SUPPORT: { r1: null, r2: 'Review of short term support' },
  },
});

export type ReviewReason = CodeOf<typeof ReviewReason>;

/** Whether a review reason is one of the unplanned reasons. */
export function isUnplannedReviewReason(reason: ReviewReason): boolean {
  return reason.startsWith('UNPLANNED_');
}
