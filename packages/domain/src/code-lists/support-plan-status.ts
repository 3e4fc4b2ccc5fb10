import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Support plan statuses (domain.md §6.2; cf. Hackney package statuses [S-07]).
 */
export const SupportPlanStatus = defineCodeList({
  name: 'SupportPlanStatus',
  description: 'Where a care and support plan version is in its life.',
  source: 'S-07; [P]',
  entries: {
    DRAFT: { r1: 'Draft', r2: 'Draft' },
    SUBMITTED: { r1: 'Submitted', r2: 'Submitted' },
    APPROVED: { r1: 'Approved', r2: 'Approved' },
    REJECTED: { r1: 'Rejected', r2: 'Rejected' },
    SUPERSEDED: { r1: 'Superseded', r2: 'Superseded' },
    ENDED: { r1: 'Ended', r2: 'Ended' },
    /** A draft or submitted version closed before approval (e.g. the person died): never ran. */
    WITHDRAWN: { r1: 'Withdrawn', r2: 'Withdrawn' },
  },
});

export type SupportPlanStatus = CodeOf<typeof SupportPlanStatus>;
