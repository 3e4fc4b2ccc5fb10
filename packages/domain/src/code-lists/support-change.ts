import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Support change after review: SALT LTS002 concepts that CLD lacks [S-01e] (domain.md §3.2).
 */
export const SupportChange = defineCodeList({
  name: 'SupportChange',
  description: 'What a review changed in the support (SALT LTS002 concepts).',
  source: 'S-01e',
  entries: {
    INCREASED: { r1: 'Increased', r2: 'Increased' },
    DECREASED: { r1: 'Decreased', r2: 'Decreased' },
    UNCHANGED: { r1: 'Unchanged', r2: 'Unchanged' },
    SUSPENDED: { r1: 'Suspended', r2: 'Suspended' },
    ENDED: { r1: 'Ended', r2: 'Ended' },
  },
});

export type SupportChange = CodeOf<typeof SupportChange>;
