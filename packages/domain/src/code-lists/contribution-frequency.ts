import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Client contribution frequencies (domain.md §6.2 DirectPaymentAgreement) [S-15].
 */
export const ContributionFrequency = defineCodeList({
  name: 'ContributionFrequency',
  description: 'How often the client contribution is paid into the account.',
  source: 'S-15 (Gloucestershire); [P]',
  entries: {
    WEEKLY: { r1: 'Weekly', r2: 'Weekly' },
    FOUR_WEEKLY: { r1: 'Every four weeks', r2: 'Every four weeks' },
    MONTHLY: { r1: 'Monthly', r2: 'Monthly' },
  },
});

export type ContributionFrequency = CodeOf<typeof ContributionFrequency>;
