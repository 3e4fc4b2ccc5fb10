import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Recovery statuses (domain.md §6.2).
 */
export const RecoveryStatus = defineCodeList({
  name: 'RecoveryStatus',
  description: 'Where a recovery is.',
  source: '[P]',
  entries: {
    PROPOSED: { r1: 'Proposed', r2: 'Proposed' },
    NOTIFIED: { r1: 'Notified', r2: 'Notified' },
    DISPUTED: { r1: 'Disputed', r2: 'Disputed' },
    AGREED: { r1: 'Agreed', r2: 'Agreed' },
    RECOVERED: { r1: 'Recovered', r2: 'Recovered' },
    WRITTEN_OFF: { r1: 'Written off', r2: 'Written off' },
  },
});

export type RecoveryStatus = CodeOf<typeof RecoveryStatus>;
