import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Direct payment agreement statuses (domain.md §6.2).
 */
export const DirectPaymentAgreementStatus = defineCodeList({
  name: 'DirectPaymentAgreementStatus',
  description: 'Where a direct payment agreement is in its life.',
  source: '[P]',
  entries: {
    DRAFT: { r1: 'Draft', r2: 'Draft' },
    ACTIVE: { r1: 'Active', r2: 'Active' },
    SUSPENDED: { r1: 'Suspended', r2: 'Suspended' },
    TERMINATED: { r1: 'Terminated', r2: 'Terminated' },
  },
});

export type DirectPaymentAgreementStatus = CodeOf<typeof DirectPaymentAgreementStatus>;
