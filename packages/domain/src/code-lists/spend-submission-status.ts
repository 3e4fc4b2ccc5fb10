import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Where spend a third-party app submitted stands in the council's review (D98): SUBMITTED until a
 * finance officer accepts it (posted to the direct payment account ledger) or rejects it, once.
 */
export const SpendSubmissionStatus = defineCodeList({
  name: 'SpendSubmissionStatus',
  description: 'Where spend an app submitted stands in the council’s review.',
  source: '[P]',
  entries: {
    SUBMITTED: { r1: 'Awaiting review', r2: 'Awaiting review' },
    ACCEPTED: { r1: 'Accepted', r2: 'Accepted' },
    REJECTED: { r1: 'Rejected', r2: 'Rejected' },
  },
});

export type SpendSubmissionStatus = CodeOf<typeof SpendSubmissionStatus>;
