import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Transaction flags raised in monitoring (domain.md §4.4, §6.2).
 */
export const TransactionFlag = defineCodeList({
  name: 'TransactionFlag',
  description: 'Why an account transaction needs a look.',
  source: '[P]',
  entries: {
    OUT_OF_PLAN: { r1: 'Not for a need in the plan', r2: 'Not for a need in the plan' },
    FAMILY_MEMBER: { r1: 'Paid to a family member', r2: 'Paid to a family member' },
    DUPLICATE: { r1: 'Possible duplicate', r2: 'Possible duplicate' },
    UNEXPLAINED: { r1: 'Unexplained', r2: 'Unexplained' },
  },
});

export type TransactionFlag = CodeOf<typeof TransactionFlag>;
