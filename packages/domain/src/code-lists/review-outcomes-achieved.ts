import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Review Outcomes Achieved (domain.md §3.1.2) [S-03]. Mandatory when the review reason is
 * Planned (I-16). Do not infer it from later events.
 */
export const ReviewOutcomesAchieved = defineCodeList({
  name: 'ReviewOutcomesAchieved',
  description: 'Whether the personal outcomes agreed at planning were achieved.',
  source: 'S-03 (review-outcomes-achieved)',
  entries: {
    FULLY_MET: {
      r1: 'Fully Met',
      r2: 'Fully Met',
      description: 'All outcomes met. R2 wording not verified: R1 label reused.',
    },
    PARTIALLY_MET: {
      r1: 'Partially Met',
      r2: 'Partially Met',
      description:
        'At least one outcome fully or partially met. R2 wording not verified: R1 label reused.',
    },
    NOT_MET: {
      r1: 'Not Met',
      r2: 'Not Met',
      description: 'R2 wording not verified: R1 label reused.',
    },
  },
});

export type ReviewOutcomesAchieved = CodeOf<typeof ReviewOutcomesAchieved>;
