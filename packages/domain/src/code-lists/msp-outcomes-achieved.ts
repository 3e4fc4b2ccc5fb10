import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Making Safeguarding Personal outcomes (domain.md §6.2 SafeguardingConcern) [S-18].
 */
export const MspOutcomesAchieved = defineCodeList({
  name: 'MspOutcomesAchieved',
  description: 'Making Safeguarding Personal: were the desired outcomes achieved?',
  source: 'S-18',
  entries: {
    FULLY: { r1: 'Fully achieved', r2: 'Fully achieved' },
    PARTIALLY: { r1: 'Partially achieved', r2: 'Partially achieved' },
    NOT_ACHIEVED: { r1: 'Not achieved', r2: 'Not achieved' },
  },
});

export type MspOutcomesAchieved = CodeOf<typeof MspOutcomesAchieved>;
