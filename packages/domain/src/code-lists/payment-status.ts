import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Payment statuses (domain.md §6.2).
 */
export const PaymentStatus = defineCodeList({
  name: 'PaymentStatus',
  description: 'Where a scheduled payment is.',
  source: '[P]',
  entries: {
    SCHEDULED: { r1: 'Scheduled', r2: 'Scheduled' },
    PAID: { r1: 'Paid', r2: 'Paid' },
    HELD: { r1: 'Held', r2: 'Held' },
    CANCELLED: { r1: 'Cancelled', r2: 'Cancelled' },
    FAILED: { r1: 'Failed', r2: 'Failed' },
  },
});

export type PaymentStatus = CodeOf<typeof PaymentStatus>;
