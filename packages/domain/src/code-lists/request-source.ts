import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * Who made a request for support (domain.md §6.2 Request `source`): the person themselves, a
 * professional, or another third party, as in Hackney's contact types [S-08].
 */
export const RequestSource = defineCodeList({
  name: 'RequestSource',
  description: 'Who asked the council for support (the contact type of a request).',
  source: 'S-08; [P]',
  entries: {
    SELF: { r1: 'Self', r2: 'Self' },
    FAMILY_OR_CARER: { r1: 'Family member or carer', r2: 'Family member or carer' },
    PROFESSIONAL: { r1: 'Professional', r2: 'Professional' },
    OTHER_THIRD_PARTY: { r1: 'Other third party', r2: 'Other third party' },
  },
});

export type RequestSource = CodeOf<typeof RequestSource>;
