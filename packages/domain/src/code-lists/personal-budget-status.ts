import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Personal budget statuses (domain.md §6.2).
 */
export const PersonalBudgetStatus = defineCodeList({
  name: 'PersonalBudgetStatus',
  description: 'Where a personal budget version is in its life.',
  source: '[P]',
  entries: {
    PROPOSED: { r1: 'Proposed', r2: 'Proposed' },
    AWAITING_SIGN_OFF: { r1: 'Awaiting sign-off', r2: 'Awaiting sign-off' },
    SIGNED_OFF: { r1: 'Signed off', r2: 'Signed off' },
    REJECTED: { r1: 'Rejected', r2: 'Rejected' },
    SUPERSEDED: { r1: 'Superseded', r2: 'Superseded' },
    ENDED: { r1: 'Ended', r2: 'Ended' },
    /** Proposed or awaiting sign-off, and closed before sign-off (e.g. the person died): never in force. */
    WITHDRAWN: { r1: 'Withdrawn', r2: 'Withdrawn' },
  },
});

export type PersonalBudgetStatus = CodeOf<typeof PersonalBudgetStatus>;
