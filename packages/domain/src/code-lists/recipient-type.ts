import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Direct payment recipients (domain.md §2, §4.1) [S-10e, S-15]; checked by I-7.
 */
export const RecipientType = defineCodeList({
  name: 'RecipientType',
  description: 'Who receives a direct payment.',
  source: 'S-10e, S-15',
  entries: {
    SELF: { r1: 'The adult', r2: 'The adult' },
    NOMINATED_PERSON: { r1: 'A nominated person (s31)', r2: 'A nominated person (s31)' },
    AUTHORISED_PERSON: { r1: 'An authorised person (s32)', r2: 'An authorised person (s32)' },
  },
});

export type RecipientType = CodeOf<typeof RecipientType>;
