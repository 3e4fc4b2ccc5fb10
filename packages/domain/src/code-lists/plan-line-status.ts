import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Support plan line statuses (domain.md §6.2). ACTIVE and PLANNED lines count towards the budget (I-2).
 */
export const PlanLineStatus = defineCodeList({
  name: 'PlanLineStatus',
  description: 'Where a support plan line is in its life.',
  source: '[P]',
  entries: {
    PLANNED: { r1: 'Planned', r2: 'Planned' },
    ACTIVE: { r1: 'Active', r2: 'Active' },
    SUSPENDED: { r1: 'Suspended', r2: 'Suspended' },
    ENDED: { r1: 'Ended', r2: 'Ended' },
    CANCELLED: { r1: 'Cancelled', r2: 'Cancelled' },
  },
});

export type PlanLineStatus = CodeOf<typeof PlanLineStatus>;
