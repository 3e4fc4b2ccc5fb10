import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Event Type (domain.md §3.1.2) [S-03 defs/6654]. The same four values in R1 and R2.
 */
export const EventType = defineCodeList({
  name: 'EventType',
  description: 'The kind of CLD event.',
  source: 'S-03 (defs/6654)',
  entries: {
    REQUEST: { r1: 'Request', r2: 'Request' },
    ASSESSMENT: { r1: 'Assessment', r2: 'Assessment' },
    SERVICE: { r1: 'Service', r2: 'Service' },
    REVIEW: { r1: 'Review', r2: 'Review' },
  },
});

export type EventType = CodeOf<typeof EventType>;
