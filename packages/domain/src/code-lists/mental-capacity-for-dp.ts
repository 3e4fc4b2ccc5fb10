import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Capacity for direct payments: s31 (with capacity) or s32 (lacking capacity) [S-10e, S-15] (domain.md §4.1, I-7).
 */
export const MentalCapacityForDp = defineCodeList({
  name: 'MentalCapacityForDp',
  description: 'Whether the adult has capacity to request and manage a direct payment.',
  source: 'S-10e, S-15',
  entries: {
    CAPACITY_PRESENT: { r1: 'Has capacity (section 31)', r2: 'Has capacity (section 31)' },
    LACKS_CAPACITY: { r1: 'Lacks capacity (section 32)', r2: 'Lacks capacity (section 32)' },
    NOT_ASSESSED: { r1: 'Not assessed', r2: 'Not assessed' },
  },
});

export type MentalCapacityForDp = CodeOf<typeof MentalCapacityForDp>;
