import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Direct payment kinds (domain.md §6.2 DirectPaymentSchedule / Payment).
 */
export const PaymentKind = defineCodeList({
  name: 'PaymentKind',
  description: 'The kind of a direct payment.',
  source: '[P]',
  entries: {
    REGULAR: { r1: 'Regular', r2: 'Regular' },
    ONE_OFF: { r1: 'One-off', r2: 'One-off' },
    ADJUSTMENT: { r1: 'Adjustment', r2: 'Adjustment' },
    CONTINGENCY_TOP_UP: { r1: 'Contingency top-up', r2: 'Contingency top-up' },
    ARREARS: { r1: 'Arrears', r2: 'Arrears' },
  },
});

export type PaymentKind = CodeOf<typeof PaymentKind>;
