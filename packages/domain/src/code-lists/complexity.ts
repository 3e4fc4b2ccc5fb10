import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Case complexity [P] (domain.md §2 design implication); HIGH may need a registered social worker (I-6).
 */
export const Complexity = defineCodeList({
  name: 'Complexity',
  description: 'How complex a case is.',
  source: '[P]',
  entries: {
    LOW: { r1: 'Low', r2: 'Low' },
    MEDIUM: { r1: 'Medium', r2: 'Medium' },
    HIGH: { r1: 'High', r2: 'High' },
  },
});

export type Complexity = CodeOf<typeof Complexity>;
