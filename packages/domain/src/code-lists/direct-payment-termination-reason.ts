import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * When direct payments must or may stop: Care Act s33 notes and DP Regulations reg 7 [S-09d, S-09f] (domain.md §4.5).
 */
export const DirectPaymentTerminationReason = defineCodeList({
  name: 'DirectPaymentTerminationReason',
  description: 'Why a direct payment agreement ended.',
  source: 'S-09d, S-09f',
  entries: {
    CONSENT_WITHDRAWN: { r1: 'Consent withdrawn', r2: 'Consent withdrawn' },
    CAPACITY_CHANGED: { r1: 'Capacity changed', r2: 'Capacity changed' },
    CONDITIONS_NO_LONGER_MET: {
      r1: 'Section 31/32 conditions no longer met',
      r2: 'Section 31/32 conditions no longer met',
    },
    BREACH_OF_CONDITION: { r1: 'Breach of a condition', r2: 'Breach of a condition' },
    NOT_USED_FOR_PLAN_NEEDS: {
      r1: 'Not used for the needs in the plan',
      r2: 'Not used for the needs in the plan',
    },
    DECEASED: { r1: 'Deceased', r2: 'Deceased' },
    MOVED_LA: { r1: 'Moved to another council', r2: 'Moved to another council' },
    NEEDS_ENDED: { r1: 'Needs ended', r2: 'Needs ended' },
    SWITCHED_TO_MANAGED: { r1: 'Switched to a managed budget', r2: 'Switched to a managed budget' },
  },
});

export type DirectPaymentTerminationReason = CodeOf<typeof DirectPaymentTerminationReason>;
