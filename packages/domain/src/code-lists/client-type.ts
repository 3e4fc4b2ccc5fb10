import { type CodeOf, defineCodeList } from './code-list.ts';

/**
 * CLD Client Type (domain.md §3.1.2). R1 [S-02a, S-01f]; R2 renames "Carer" to "Unpaid carer" [S-02c].
 */
export const ClientType = defineCodeList({
  name: 'ClientType',
  description: 'Whether the person is a service user or an unpaid carer.',
  source: 'S-02a (R1), S-02c (R2)',
  entries: {
    SERVICE_USER: { r1: 'Service User', r2: 'Service user' },
    CARER: { r1: 'Carer', r2: 'Unpaid carer' },
    CARER_KNOWN_BY_ASSOCIATION: {
      r1: 'Carer known by association',
      r2: 'Unpaid carer known by association',
    },
  },
});

export type ClientType = CodeOf<typeof ClientType>;
