import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Direct payment frequencies [S-15]: 13 four-weekly payments (Hampshire, South Tyneside) or monthly are common.
 */
export const PaymentFrequency = defineCodeList({
  name: 'PaymentFrequency',
  description: 'How often direct payments are made.',
  source: 'S-15',
  entries: {
    FOUR_WEEKLY: { r1: 'Every four weeks', r2: 'Every four weeks' },
    MONTHLY: { r1: 'Monthly', r2: 'Monthly' },
    WEEKLY: { r1: 'Weekly', r2: 'Weekly' },
    FORTNIGHTLY: { r1: 'Fortnightly', r2: 'Fortnightly' },
    QUARTERLY: { r1: 'Quarterly', r2: 'Quarterly' },
    ONE_OFF: { r1: 'One-off', r2: 'One-off' },
  },
});

export type PaymentFrequency = CodeOf<typeof PaymentFrequency>;
