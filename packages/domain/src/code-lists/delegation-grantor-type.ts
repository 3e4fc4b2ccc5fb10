import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Grantors of a delegation (domain.md §6.2 Delegation) [P]. For a person lacking capacity only an authorised person or the council may grant (I-17).
 */
export const DelegationGrantorType = defineCodeList({
  name: 'DelegationGrantorType',
  description: 'Who granted a delegation.',
  source: '[P]',
  entries: {
    PERSON: { r1: 'The person', r2: 'The person' },
    AUTHORISED_PERSON: { r1: 'An authorised person', r2: 'An authorised person' },
    LOCAL_AUTHORITY: { r1: 'The council', r2: 'The council' },
  },
});

export type DelegationGrantorType = CodeOf<typeof DelegationGrantorType>;
