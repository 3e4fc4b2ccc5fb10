import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Caseload allocation roles (domain.md §6.2 Allocation).
 */
export const AllocationRole = defineCodeList({
  name: 'AllocationRole',
  description: 'The role of a staff member allocated to a person.',
  source: '[P]',
  entries: {
    KEY_WORKER: { r1: 'Key worker', r2: 'Key worker' },
    REVIEWER: { r1: 'Reviewer', r2: 'Reviewer' },
    DP_OFFICER: { r1: 'Direct payments officer', r2: 'Direct payments officer' },
    BROKER: { r1: 'Broker', r2: 'Broker' },
  },
});

export type AllocationRole = CodeOf<typeof AllocationRole>;
