import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Recovery methods [S-15]. A card sweep must be notified first (I-12, Gateshead practice).
 */
export const RecoveryMethod = defineCodeList({
  name: 'RecoveryMethod',
  description: 'How money is recovered.',
  source: 'S-15',
  entries: {
    CARD_SWEEP: {
      r1: 'Swept from the payment card account',
      r2: 'Swept from the payment card account',
    },
    OFFSET_FUTURE_PAYMENTS: {
      r1: 'Offset against future payments',
      r2: 'Offset against future payments',
    },
    INVOICE: { r1: 'Invoice', r2: 'Invoice' },
    REFUND_TO_CLIENT: { r1: 'Refund to the client', r2: 'Refund to the client' },
  },
});

export type RecoveryMethod = CodeOf<typeof RecoveryMethod>;
