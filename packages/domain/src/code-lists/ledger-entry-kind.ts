import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Direct payment ledger entry kinds [P] (domain.md §7 gap 5: no national standard). See `rules/ledger.ts`.
 */
export const LedgerEntryKind = defineCodeList({
  name: 'LedgerEntryKind',
  description: 'The kind of an entry on a direct payment account ledger.',
  source: '[P]',
  entries: {
    PAYMENT_IN: { r1: 'Council payment in', r2: 'Council payment in' },
    CONTRIBUTION_IN: { r1: 'Client contribution in', r2: 'Client contribution in' },
    SPEND: { r1: 'Spend', r2: 'Spend' },
    RECOVERY: { r1: 'Recovery by the council', r2: 'Recovery by the council' },
    ADJUSTMENT: { r1: 'Adjustment', r2: 'Adjustment' },
  },
});

export type LedgerEntryKind = CodeOf<typeof LedgerEntryKind>;
