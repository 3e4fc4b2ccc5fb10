import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Employment types of PaEmployment (domain.md §6.2) [S-15].
 */
export const PaEmploymentType = defineCodeList({
  name: 'PaEmploymentType',
  description: 'How a worker paid from a direct payment is engaged.',
  source: '[P]',
  entries: {
    EMPLOYED: { r1: 'Employed personal assistant', r2: 'Employed personal assistant' },
    SELF_EMPLOYED: { r1: 'Self-employed', r2: 'Self-employed' },
    AGENCY: { r1: 'Agency worker', r2: 'Agency worker' },
    ISF_STAFF: { r1: 'ISF provider staff', r2: 'ISF provider staff' },
  },
});

export type PaEmploymentType = CodeOf<typeof PaEmploymentType>;
